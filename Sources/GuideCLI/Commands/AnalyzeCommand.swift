import GuideKit

/// `guide analyze`: what search makes of a text.
struct AnalyzeCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "analyze",
        overview: "Vis hva søket gjør med en tekst: ordene det søker etter, rettelser, stammer, sammensetningsledd og synonymer.",
        listing: ("analyze <tekst>…", "Vis hvordan en tekst analyseres (rettelser, stammer, synonymer)"),
        arguments: [ArgumentDeclaration("<tekst>", synopsis: "<tekst>…", help: ["En hvilken som helst tekst, f.eks. \"parorende oppfølgingsplan BPA\""])])

    let text: String

    init(_ line: ParsedCommandLine) {
        text = line.arguments.joined(separator: " ")
    }

    func run(in context: CommandContext) throws {
        let analysis = try context.openIndex().ask(AnalysisQuestion(text))
        try context.emit(analysis, text: AnalysisRenderer.render(text, analysis: analysis, style: context.style))
    }
}
