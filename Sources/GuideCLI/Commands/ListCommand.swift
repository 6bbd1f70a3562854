import GuideKit

/// `guide list`: what the index covers, then guidelines, chapters and recommendations with their ids.
struct ListCommand: GuideSubcommand {
    static let summary = OptionDeclaration.flag("--summary", help: [
        "Bare hva indeksen dekker: retningslinjer etter type, anbefalinger, tekstavsnitt, kilder, siste synkronisering",
    ])

    static let declaration = CommandDeclaration(
        name: "list",
        overview: "Si hva indeksen dekker, og list retningslinjer, kapitler og anbefalinger med id-ene deres.",
        listing: ("list", "List retningslinjer, kapitler og anbefalinger"),
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
