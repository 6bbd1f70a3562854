/// `guide` and its commands, in the order `guide --help` lists them.
enum Commands {
    static let version = "guide 0.1.0"

    static let versionOption = OptionDeclaration.flag("--version", help: ["Vis versjonen"], inSynopsis: false)

    /// `guide` itself: with no command (or with `--help`) it shows this page, with `--version` the version.
    static let root = CommandDeclaration(
        name: "guide",
        overview: "Hva de nasjonale faglige retningslinjene og rådene fra Helsedirektoratet sier om en situasjon i helse- og omsorgstjenesten.",
        options: [versionOption],
        epilogue: """
        Indeksen bygges første gang den trengs, og oppdateres når korpuset endres.
        Feil skrives til stderr som «guide: feil: …». Avslutningskoder: 0 vellykket, 1 feil, 64 feil bruk.
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
    static func helpPage(for name: String?, width: Int) -> String {
        let page = HelpPage(width: width)
        guard let name, name != HelpCommand.declaration.name, let command = named(name) else {
            return page.text(for: root, subcommands: all.map { $0.declaration })
        }
        return page.text(for: command.declaration)
    }

    /// "Bruk: guide search <søkeord>… […]": the first line of the command's usage, for usage errors.
    static func usageLine(for name: String?, width: Int) -> String {
        let page = HelpPage(width: width)
        let declaration = name.flatMap(named)?.declaration
        let lines = declaration.map { page.usageLines(for: $0) } ?? page.usageLines(for: root, subcommands: all.map { $0.declaration })
        return "Bruk:" + (lines.first ?? "BRUK: guide <kommando> [valg]").dropFirst("BRUK:".count)
    }
}
