/// The options most commands share, declared once: where the index and the corpus are, JSON output, help.
enum CommonOptions {
    static let db = OptionDeclaration.value("--db", valueName: "PATH",
                                            help: ["Index file (default: $GUIDE_DB, else <corpus>/.guide-index.sqlite)"])
    static let corpus = OptionDeclaration.value("--corpus", valueName: "DIR",
                                                help: ["Corpus directory (default: $GUIDE_CORPUS, else ./Corpus)"])
    static let json = OptionDeclaration.flag("--json", help: ["Machine-readable output (stable, sorted keys)"])
    static let help = OptionDeclaration.flag("--help", short: "-h", help: ["Show help"], inSynopsis: false)

    /// For commands that answer with a result, in the order help lists them.
    static let all = [db, corpus, json, help]
    /// For commands that print no result (`guide index`).
    static let withoutJSON = [db, corpus, help]

    /// The usage line names them in the order one adds them: the form of the answer, then where from.
    static let synopsisOrder = [json.name, db.name, corpus.name]
}
