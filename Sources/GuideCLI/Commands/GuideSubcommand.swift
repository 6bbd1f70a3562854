import GuideKit

/// A command of `guide`: declares itself once (`declaration`), is made from a parsed command line,
/// checking what the parser cannot (`init(_:)`, before anything runs), and runs.
protocol GuideSubcommand {
    static var declaration: CommandDeclaration { get }
    /// The command's values from the line; a usage error for arguments it cannot take.
    init(_ line: ParsedCommandLine) throws(UsageError)
    func run(in context: CommandContext) throws
}
