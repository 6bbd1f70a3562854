/// `guide help [command]`: a command's help page, or `guide`'s own (also for a name it does not know,
/// and for `help` itself, whose overview and argument only the parser and the listing use).
struct HelpCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "help",
        overview: "Vis hjelp for en kommando.",
        listing: ("help [kommando]", "Vis hjelp for en kommando"),
        arguments: [ArgumentDeclaration("<kommando>", optional: true, help: ["En kommando, f.eks. search"])],
        commonOptions: [CommonOptions.help])

    let topic: String?

    init(_ line: ParsedCommandLine) {
        topic = line.arguments.first
    }

    func run(in context: CommandContext) throws {
        context.output.write(Commands.helpPage(for: topic, width: context.width))
    }
}
