import GuideKit

/// `guide role`: the roles with counts, or one role's tasks. An unknown name fails (exit 1) as an
/// unknown act does for `guide law`, naming the nearest and the known roles.
struct RoleCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "role",
        overview: "Show who is to act: the roles with counts, or one role's tasks across the guidelines.",
        listing: ("role [name]", "Show who is to act, or one role's tasks across the guidelines"),
        arguments: [ArgumentDeclaration("<name>", optional: true, help: [
            "A role in any form, e.g. fastlege, fastlegen, ALS-koordinatoren,",
            "\"kommunal koordinator\" (without it: every role, with counts).",
            "Roles and their names are listed in Indexer/Resources/roles.tsv.",
        ])])

    /// The role as typed; empty for the overview.
    let name: String

    init(_ line: ParsedCommandLine) {
        name = line.arguments.joined(separator: " ")
    }

    func run(in context: CommandContext) throws {
        let index = try context.openIndex()
        if name.isEmpty {
            let overview = try index.ask(RoleOverviewQuestion())
            try context.emit(overview, text: RoleRenderer.render(overview, style: context.style))
        } else {
            let tasks = try index.ask(RoleTasksQuestion(role: name))
            try context.emit(tasks, text: RoleRenderer.render(tasks, style: context.style))
        }
    }
}
