/// A command line read against the declarations: the command, its positional arguments, and the
/// options given, each already accepted by that command and its value checked.
struct ParsedCommandLine {
    /// The command named; nil for `guide` by itself (or with `--version`, `--help`).
    let command: CommandDeclaration?
    var arguments: [String] = []
    /// Values by the option's long name; the last one given counts.
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    init(command: CommandDeclaration?) {
        self.command = command
    }

    func isSet(_ flag: OptionDeclaration) -> Bool {
        flags.contains(flag.name)
    }

    func value(of option: OptionDeclaration) -> String? {
        values[option.name]
    }

    /// `--limit` as a number: its check has taken only numbers in range.
    func limit(_ option: OptionDeclaration) -> Int {
        value(of: option).flatMap { Int($0) } ?? OptionDeclaration.limitDefault
    }

    mutating func set(_ option: OptionDeclaration, value: String?) {
        if let value { values[option.name] = value } else { flags.insert(option.name) }
    }
}
