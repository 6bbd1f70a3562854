import GuideKit

/// `guide plan`: what a plan should contain for a situation, merged from the guidelines' checklists.
struct PlanCommand: GuideSubcommand {
    static let limit = OptionDeclaration.limit("Antall sjekklister av hver type som brukes, de som passer best først")

    static let declaration = CommandDeclaration(
        name: "plan",
        overview: """
        Vis hva en plan bør inneholde for en situasjon: plansjekklistene som passer, punktene deres slått sammen (hvert med kildene sine), og oppgavene til rollene som lager planen.
        """,
        listing: ("plan [situasjon]", "Vis hva en plan bør inneholde, samlet fra retningslinjenes sjekklister"),
        arguments: [ArgumentDeclaration("<situasjon>", synopsis: "<situasjon>…", optional: true, help: [
            "Situasjonen med vanlige ord, f.eks. \"ME/CFS helsehjelp i hjemmet\" eller",
            "\"hva bør behandlingsplanen inneholde ved ALS\" (uten: alle plansjekklister)",
        ])],
        options: [limit])

    let situation: String
    let limit: Int

    init(_ line: ParsedCommandLine) {
        situation = line.arguments.joined(separator: " ")
        limit = line.limit(Self.limit)
    }

    func run(in context: CommandContext) throws {
        let answer = try context.openIndex().ask(PlanQuestion(situation: situation, limit: limit))
        try context.emit(answer, text: PlanRenderer.render(answer, style: context.style))
    }
}
