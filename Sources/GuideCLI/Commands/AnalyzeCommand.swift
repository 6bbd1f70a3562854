import GuideKit

/// `guide analyze`: what search makes of a text.
struct AnalyzeCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "analyze",
        overview: "Show what search makes of a text: words searched, corrections, stems, compound parts, synonyms.",
        listing: ("analyze <text>…", "Show how a text is analyzed (corrections, stems, synonyms)"),
        arguments: [ArgumentDeclaration("<text>", synopsis: "<text>…", help: ["Any text, e.g. \"parorende oppfølgingsplan BPA\""])])

    let text: String

    init(_ line: ParsedCommandLine) {
        text = line.arguments.joined(separator: " ")
    }

    func run(in context: CommandContext) throws {
        let analysis = try context.openIndex().ask(AnalysisQuestion(text))
        try context.emit(analysis, text: AnalysisRenderer.render(text, analysis: analysis, style: context.style))
    }
}
