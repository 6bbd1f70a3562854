/// `guide` and its commands, in the order `guide --help` lists them.
enum Commands {
    static let version = "guide 0.1.0"

    static let versionOption = OptionDeclaration.flag("--version", help: ["Show the version"], inSynopsis: false)

    /// `guide` itself: with no command (or with `--help`) it shows this page, with `--version` the version.
    static let root = CommandDeclaration(
        name: "guide",
        overview: "What Norway's national health guidelines say about a situation in care.",
        options: [versionOption],
        epilogue: """
        The index is built on first use and rebuilt when the corpus changes.
        Exit codes: 0 success, 1 failure, 64 usage error.
        """)

    // Computed: a stored array of metatypes is not Sendable.
    static var all: [any GuideSubcommand.Type] {
        [SearchCommand.self, ShowCommand.self, ListCommand.self, PlanCommand.self, LawCommand.self, RoleCommand.self,
         ExportCommand.self, ServeCommand.self, MCPCommand.self, AnalyzeCommand.self, EvalCommand.self, IndexCommand.self, SyncCommand.self, AddCommand.self, InstallCommand.self, CheckCommand.self,
         HelpCommand.self]
    }

    static let parser = CommandLineParser(root: root, commands: all.map { $0.declaration })

    static func named(_ name: String) -> (any GuideSubcommand.Type)? {
        all.first { $0.declaration.name == name }
    }

    /// The help page of a command by name; `guide`'s own for nil, `help` or a name it does not know.
    static func helpPage(for name: String?) -> String {
        guard let name, name != HelpCommand.declaration.name, let command = named(name) else {
            return HelpPage.text(for: root, subcommands: all.map { $0.declaration })
        }
        return HelpPage.text(for: command.declaration)
    }

    /// "Usage: guide search <query>… […]": the first line of the command's usage, for usage errors.
    static func usageLine(for name: String?) -> String {
        let declaration = name.flatMap(named)?.declaration
        let lines = declaration.map { HelpPage.usageLines(for: $0) } ?? HelpPage.usageLines(for: root, subcommands: all.map { $0.declaration })
        return "Usage:" + (lines.first ?? "USAGE: guide <command> [options]").dropFirst("USAGE:".count)
    }
}
