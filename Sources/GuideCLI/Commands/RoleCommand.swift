import GuideKit

/// `guide role`: the roles with counts, or one role's tasks. An unknown name fails (exit 1) as an
/// unknown act does for `guide law`, naming the nearest and the known roles.
struct RoleCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "role",
        overview: "Vis hvem som skal handle: rollene med antall, eller én rolles oppgaver på tvers av retningslinjene.",
        listing: ("role [navn]", "Vis hvem som skal handle, eller én rolles oppgaver i retningslinjene"),
        arguments: [ArgumentDeclaration("<navn>", optional: true, help: [
            "En rolle i hvilken som helst form, f.eks. fastlege, fastlegen, ALS-koordinatoren,",
            "\"kommunal koordinator\" (uten: alle roller, med antall).",
            "Rollene og navnene deres står i Indexer/Resources/roles.tsv.",
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
