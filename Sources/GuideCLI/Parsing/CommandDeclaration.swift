/// Everything a command says about itself, in one place: its name, what it does, its arguments and
/// options. Parsing, the usage line, the help page and the list of commands are read from it.
struct CommandDeclaration: Sendable {
    /// As typed after `guide`.
    let name: String
    /// The OVERVIEW of its help page; may run over several lines.
    let overview: String
    /// How `guide --help` lists it: a short form of its usage ("law [act [§ n]]") and one line;
    /// nil for `guide` itself.
    let listing: (usage: String, abstract: String)?
    let arguments: [ArgumentDeclaration]
    let argumentCount: ArgumentCount
    /// Its own options, in the order help lists them.
    let options: [OptionDeclaration]
    /// The shared options it takes (`CommonOptions`), listed after its own.
    let commonOptions: [OptionDeclaration]
    /// Paragraphs after OPTIONS (exit codes, notes).
    let epilogue: String?

    init(name: String, overview: String, listing: (usage: String, abstract: String)? = nil,
         arguments: [ArgumentDeclaration] = [], argumentCount: ArgumentCount? = nil,
         options: [OptionDeclaration] = [], commonOptions: [OptionDeclaration] = CommonOptions.all, epilogue: String? = nil) {
        self.name = name
        self.overview = overview
        self.listing = listing
        self.arguments = arguments
        self.argumentCount = argumentCount ?? (arguments.isEmpty ? .none : .any)
        self.options = options
        self.commonOptions = commonOptions
        self.epilogue = epilogue
    }

    /// Every option it takes, its own first.
    var allOptions: [OptionDeclaration] { options + commonOptions }

    /// The declaration of positional argument `position` (from 0); the last one covers the rest.
    func argument(at position: Int) -> ArgumentDeclaration? {
        arguments.isEmpty ? nil : arguments[min(position, arguments.count - 1)]
    }

    /// The option answering to this name ("--limit", "-o"), if the command takes it.
    func option(named name: String) -> OptionDeclaration? {
        allOptions.first { $0.name == name || $0.shortName == name }
    }

    /// A wrong number of arguments, or none where one is required, said as a usage error.
    func checkArgumentCount(_ arguments: [String]) throws(UsageError) {
        let what: String
        switch argumentCount {
        case .any where arguments.isEmpty:
            // One rule for every command: a required argument left out is a usage error.
            guard let required = self.arguments.first(where: { !$0.isOptional }) else { return }
            what = "trenger \(required.label)"
        case .any: return
        case .none where arguments.isEmpty: return
        case .exactly(let count) where arguments.count == count: return
        case .none: what = "tar ingen argumenter"
        case .exactly(let count): what = "tar nøyaktig \(count) argument\(count == 1 ? "" : "er")"
        }
        throw UsageError(message: "'\(name)' \(what)", command: name, pointsToHelp: false)
    }
}
