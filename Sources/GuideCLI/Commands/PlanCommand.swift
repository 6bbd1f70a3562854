import GuideKit

/// `guide plan`: what a plan should contain for a situation, merged from the guidelines' checklists.
struct PlanCommand: GuideSubcommand {
    static let limit = OptionDeclaration.limit("Checklists of each kind to use, best fitting first")

    static let declaration = CommandDeclaration(
        name: "plan",
        overview: """
        Show what a plan should contain for a situation: the plan checklists that fit, their items
        merged (each with its sources), and the tasks of the roles that make the plan.
        """,
        listing: ("plan [situation]", "Show what a plan should contain, merged from the guidelines' checklists"),
        arguments: [ArgumentDeclaration("<situation>", synopsis: "<situation>…", optional: true, help: [
            "The situation in plain Norwegian, e.g. \"ME/CFS helsehjelp i hjemmet\" or",
            "\"hva bør behandlingsplanen inneholde ved ALS\" (without it: every plan checklist)",
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
