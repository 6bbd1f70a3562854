import GuideKit

/// `guide list`: what the index covers, then guidelines, chapters and recommendations with their ids.
struct ListCommand: GuideSubcommand {
    static let summary = OptionDeclaration.flag("--summary", help: [
        "Only what the index covers: guidelines by kind, recommendations, passages, sources, last sync",
    ])

    static let declaration = CommandDeclaration(
        name: "list",
        overview: "Say what the index covers, and list guidelines, chapters and recommendations with their ids.",
        listing: ("list", "List guidelines, chapters and recommendations"),
        options: [summary])

    let summaryOnly: Bool

    init(_ line: ParsedCommandLine) {
        summaryOnly = line.isSet(Self.summary)
    }

    func run(in context: CommandContext) throws {
        let index = try context.openIndex()
        let coverage = try index.ask(CoverageQuestion(lastSynced: context.knowledgeBase.mirrorLastSynced))
        if summaryOnly {
            try context.emit(CoverageJSON(coverage), text: CoverageRenderer.render(coverage, style: context.style))
            return
        }
        let outline = try index.ask(OutlineQuestion())
        try context.emit(ListJSON(outline, coverage: coverage),
                         text: CoverageRenderer.render(coverage, style: context.style) + "\n" + OutlineRenderer.render(outline, style: context.style))
    }
}
