/// `guide index`: bring the index in line with the corpus now: in place when only guideline files
/// changed, else rebuilt. Prints no result, so it takes no `--json`.
struct IndexCommand: GuideSubcommand {
    static let full = OptionDeclaration.flag("--full", help: ["Rebuild the whole index even when only some guidelines changed"])

    static let declaration = CommandDeclaration(
        name: "index",
        overview: "Build the index from the corpus (aside, then swapped in atomically), or update the changed guidelines in place.",
        listing: ("index", "(Re)build the index from the corpus"),
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
