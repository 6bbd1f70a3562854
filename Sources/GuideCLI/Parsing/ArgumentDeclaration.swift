/// A positional argument as a command declares it, for the usage line and the help page.
struct ArgumentDeclaration: Sendable {
    /// As help lists it: "<query>".
    let label: String
    /// As the usage line shows it, when it says more than the label: "<query>…", "§ <section>".
    let synopsis: String
    let isOptional: Bool
    /// Help text, one entry per line as printed.
    let help: [String]
    /// A file the command opens, so never read from bytes that are not UTF-8 (`CommandLineParser`).
    let isPath: Bool

    init(_ label: String, synopsis: String? = nil, optional: Bool = false, isPath: Bool = false, help: [String]) {
        self.label = label
        self.synopsis = synopsis ?? label
        self.isOptional = optional
        self.help = help
        self.isPath = isPath
    }
}

/// How many positional arguments a command takes; a command of words joins them (a query, an act).
enum ArgumentCount: Sendable {
    case none
    case exactly(Int)
    case any
}
