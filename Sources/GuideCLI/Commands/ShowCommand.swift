import GuideKit

/// `guide show`: one whole recommendation.
struct ShowCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "show",
        overview: """
        Show a whole recommendation: statement, parts, checklists, legal basis, source.
        Each normative sentence is marked by what its text supports: [PLIKT] a duty citing its
        legal basis (a provision of an act or regulation), [SKAL/MÅ] skal/må without one,
        [BØR] recommended, [KAN] an option; [FORBUD]/[SKAL IKKE]/[BØR IKKE]/[KAN IKKE] against.
        "Styrke" is the norm the title carries.
        """,
        listing: ("show <id>", "Show a whole recommendation with its source"),
        arguments: [ArgumentDeclaration("<id>", help: [
            "A recommendation id from 'guide list' or a search hit, e.g.",
            "als-samhandling-og-oppfolging/1.1 (the guideline part may be shortened: als/1.1)",
        ])],
        argumentCount: .exactly(1))

    let id: String

    init(_ line: ParsedCommandLine) {
        id = line.arguments.first ?? ""
    }

    func run(in context: CommandContext) throws {
        let article = try context.openIndex().ask(RecommendationQuestion(id: id))
        try context.emit(ShowJSON(article), text: ArticleRenderer.render(article, style: context.style))
    }
}
