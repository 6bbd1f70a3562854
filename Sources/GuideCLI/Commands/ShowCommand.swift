import GuideKit

/// `guide show`: one whole recommendation.
struct ShowCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "show",
        overview: """
        Vis en hel anbefaling: anbefalingen, delene, sjekklistene, lovgrunnlaget og kilden.
        Hver normerende setning er merket etter det teksten støtter: [PLIKT] en plikt med lovgrunnlaget oppgitt (en bestemmelse i en lov eller forskrift), [SKAL/MÅ] skal/må uten, [BØR] anbefalt, [KAN] et alternativ; [FORBUD]/[SKAL IKKE]/[BØR IKKE]/[KAN IKKE] imot.
        «Styrke» er normen tittelen uttrykker.
        """,
        listing: ("show <id>", "Vis en hel anbefaling med kilden"),
        arguments: [ArgumentDeclaration("<id>", help: [
            "En anbefalings-id fra 'guide list' eller et søketreff, f.eks.",
            "als-samhandling-og-oppfolging/1.1 (retningslinjedelen kan forkortes: als/1.1)",
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
