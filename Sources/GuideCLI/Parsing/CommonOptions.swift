/// The options most commands share, declared once: where the index and the corpus are, JSON output, help.
enum CommonOptions {
    static let db = OptionDeclaration.value("--db", valueName: "PATH",
                                            help: ["Indeksfilen (standard: $GUIDE_DB, ellers <korpus>/.guide-index.sqlite)"])
    static let corpus = OptionDeclaration.value("--corpus", valueName: "DIR",
                                                help: ["Korpusmappen (standard: $GUIDE_CORPUS, ellers ./Corpus, ellers datamappens korpus:",
                                                       "$XDG_DATA_HOME/guide/Corpus eller ~/.local/share/guide/Corpus)"])
    static let json = OptionDeclaration.flag("--json", help: ["Maskinlesbart svar som JSON (stabilt, sorterte nøkler)"])
    static let help = OptionDeclaration.flag("--help", short: "-h", help: ["Vis hjelp"], inSynopsis: false)

    /// For commands that answer with a result, in the order help lists them.
    static let all = [db, corpus, json, help]
    /// For commands that print no result (`guide index`).
    static let withoutJSON = [db, corpus, help]

    /// The usage line names them in the order one adds them: the form of the answer, then where from.
    static let synopsisOrder = [json.name, db.name, corpus.name]
}
