/// The parsed command line: which command, its positional arguments and options.
struct Invocation: Equatable {
    enum Command: String, CaseIterable {
        case search, show, list, law, index, eval, analyze, help, export, plan, role, check
    }

    var command: Command
    var arguments: [String] = []
    var json = false
    var explain = false
    var limit = 10
    var db: String?
    var corpus: String?
    var keys: String?
    var showVersion = false
    var showHelp = false
    var format: String?
    var output: String?
    var title: String?
    var withRationale = false
    /// `search --must`: only passages with an obligation.
    var must = false
    /// `search --role NAME`: only recommendations in which the role acts.
    var role: String?
}

/// A command line that cannot be run as written (exit 64).
struct UsageError: Error, Equatable {
    let message: String
    /// The command whose usage to print, if known.
    let command: Invocation.Command?
}

/// Reads arguments into an `Invocation`. Options may stand before or after the arguments;
/// `--` ends options, so a query may begin with "-".
enum ArgumentParser {
    static let valueOptions = ["--limit", "--db", "--corpus", "--keys", "--format", "--output", "-o", "--title", "--role"]
    static let flagOptions = ["--json", "--explain", "--help", "-h", "--version", "--with-rationale", "--must"]

    static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
        var invocation = Invocation(command: .help)
        var commandName: String?
        var positional: [String] = []
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                if commandName == nil && !optionsEnded { commandName = argument } else { positional.append(argument) }
                continue
            }
            if argument == "--" {
                optionsEnded = true
                if commandName == nil { commandName = "search" }
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            let command = commandName.flatMap(Invocation.Command.init(rawValue:))
            switch name {
            case "--json": invocation.json = true
            case "--explain": invocation.explain = true
            case "--help", "-h": invocation.showHelp = true
            case "--version": invocation.showVersion = true
            case "--with-rationale": invocation.withRationale = true
            case "--must": invocation.must = true
            case "--limit", "--db", "--corpus", "--keys", "--format", "--output", "-o", "--title", "--role":
                guard let value = inlineValue ?? (index < arguments.count ? arguments[index] : nil) else {
                    throw UsageError(message: "missing value for '\(name)'", command: command)
                }
                if inlineValue == nil { index += 1 }
                try assign(value, to: name, in: &invocation, command: command)
            default:
                // A negative-looking word in a query ("-ikke") is most likely meant as text.
                if command == .search && !argument.hasPrefix("--") {
                    positional.append(argument)
                    continue
                }
                let suggestion = Suggestion.closest(to: name, among: valueOptions + flagOptions)
                throw UsageError(message: "unknown option '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                                 command: command)
            }
        }
        if let commandName {
            guard let command = Invocation.Command(rawValue: commandName) else {
                let suggestion = Suggestion.closest(to: commandName, among: Invocation.Command.allCases.map(\.rawValue))
                throw UsageError(message: "unknown command '\(commandName)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                                 command: nil)
            }
            invocation.command = command
        } else if !invocation.showVersion {
            invocation.showHelp = true
        }
        invocation.arguments = positional
        return invocation
    }

    private static func assign(_ value: String, to name: String, in invocation: inout Invocation,
                               command: Invocation.Command?) throws(UsageError) {
        switch name {
        case "--limit":
            guard let n = Int(value), n > 0, n <= 1000 else {
                throw UsageError(message: "'--limit' takes a whole number from 1 to 1000, not '\(value)'", command: command)
            }
            invocation.limit = n
        case "--db": invocation.db = value
        case "--keys": invocation.keys = value
        case "--format": invocation.format = value
        case "--output", "-o": invocation.output = value
        case "--title": invocation.title = value
        case "--role":
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw UsageError(message: "'--role' takes a role name, e.g. fastlege (see 'guide role')", command: command)
            }
            invocation.role = value
        default: invocation.corpus = value
        }
    }
}

/// "Did you mean …?" for mistyped names.
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        candidates.map { ($0, distance(word, $0)) }
            .filter { $0.1 <= max(2, word.count / 3) }
            .min { $0.1 < $1.1 }?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let current = row[j]
                row[j] = a[i - 1] == b[j - 1] ? previous : 1 + min(previous, row[j], row[j - 1])
                previous = current
            }
        }
        return row[b.count]
    }
}
