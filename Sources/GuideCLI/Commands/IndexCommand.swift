/// `guide index`: bring the index in line with the corpus now: in place when only guideline files
/// changed, else rebuilt. Prints no result, so it takes no `--json`.
struct IndexCommand: GuideSubcommand {
    static let full = OptionDeclaration.flag("--full", help: ["Bygg hele indeksen på nytt selv når bare noen retningslinjer er endret"])

    static let declaration = CommandDeclaration(
        name: "index",
        overview: "Bygg indeksen fra korpuset (ved siden av, og så byttet inn atomisk), eller oppdater de endrede retningslinjene på stedet.",
        listing: ("index", "Bygg indeksen (på nytt) fra korpuset"),
        options: [full],
        commonOptions: CommonOptions.withoutJSON)

    let full: Bool

    init(_ line: ParsedCommandLine) {
        full = line.isSet(Self.full)
    }

    func run(in context: CommandContext) throws {
        try context.knowledgeBase.refresh(full: full)
    }
}
