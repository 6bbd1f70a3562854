/// `guide index`: (re)build the index now. Prints no result, so it takes no `--json`.
struct IndexCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "index",
        overview: "Build the index from the corpus (aside, then swapped in atomically).",
        listing: ("index", "(Re)build the index from the corpus"),
        commonOptions: CommonOptions.withoutJSON)

    init(_ line: ParsedCommandLine) {}

    func run(in context: CommandContext) throws {
        try context.knowledgeBase.rebuild()
    }
}
