/// Reads the words of a command line against the commands' declarations. Options may stand before
/// or after the arguments; `--` ends options (and, before any command, means `search`), so a query
/// may begin with "-". One rule for every command: a word starting with "-" or "--" before `--` is
/// an option, and one the command does not declare is a usage error (naming the command that does).
struct CommandLineParser {
    /// `guide` itself: its own options (`--version`) and the shared ones.
    let root: CommandDeclaration
    let commands: [CommandDeclaration]

    /// `notUTF8`: the positions of words that were not UTF-8 (`ProcessArguments`), read as Windows-1252.
    /// Such a word is fine as a query, but as a path it would name another file than the user's, so
    /// it is refused (without echoing it).
    func parse(_ words: [String], notUTF8: Set<Int> = []) throws(UsageError) -> ParsedCommandLine {
        let (commandName, commandPosition) = findCommand(in: words)
        let command = commandName.flatMap { name in commands.first { $0.name == name } }
        var parsed = ParsedCommandLine(command: command)
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                guard index - 1 != commandPosition else { continue }
                if notUTF8.contains(index - 1), let argument = command?.argument(at: parsed.arguments.count), argument.isPath {
                    throw UsageError(message: "stien gitt som \(argument.label) er ikke UTF-8; guide åpner bare UTF-8-stier "
                                     + "(gi filen et nytt navn)", command: usageName(command))
                }
                parsed.arguments.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let option = accepted(name, by: command) else { throw notAccepted(name, by: command) }
            guard option.takesValue else {
                parsed.set(option, value: nil)
                continue
            }
            guard let value = inlineValue ?? (index < words.count ? words[index] : nil) else {
                throw UsageError(message: "'\(name)' mangler en verdi", command: usageName(command))
            }
            if inlineValue == nil { index += 1 }
            if option.takesPath, notUTF8.contains(index - 1) {
                throw UsageError(message: "stien gitt til '\(name)' er ikke UTF-8; guide åpner bare UTF-8-stier "
                                 + "(gi filen et nytt navn)", command: usageName(command))
            }
            if let problem = option.check?(value) {
                throw UsageError(message: problem, command: usageName(command))
            }
            parsed.set(option, value: value)
        }
        if let commandName, command == nil {
            throw UsageError(message: "ukjent kommando '\(commandName)'" + Suggestion.hint(for: commandName, among: commands.map(\.name)),
                             command: nil)
        }
        return parsed
    }

    /// The command word (the first word that is neither an option nor an option's value) and where it
    /// stands; `search`, at no position, when `--` comes first.
    private func findCommand(in words: [String]) -> (name: String?, position: Int?) {
        let takingValues = Set((commands + [root]).flatMap(\.allOptions).filter(\.takesValue).flatMap(\.names))
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word == "--" { return ("search", nil) }
            if !word.hasPrefix("-") || word == "-" { return (word, index - 1) }
            if takingValues.contains(word) { index += 1 }
        }
        return (nil, nil)
    }

    /// The option by this name if the command takes it; without a known command, any declared option.
    private func accepted(_ name: String, by command: CommandDeclaration?) -> OptionDeclaration? {
        if let command { return command.option(named: name) }
        return (commands + [root]).lazy.compactMap { $0.option(named: name) }.first
    }

    /// An option of other commands, or of none.
    private func notAccepted(_ name: String, by command: CommandDeclaration?) -> UsageError {
        let owners = owners(of: name)
        if let command, !owners.isEmpty {
            return UsageError(message: "'\(name)' er et valg for \(Self.list(owners)), ikke for 'guide \(command.name)'",
                              command: usageName(command))
        }
        let known = (command.map { [$0] } ?? commands + [root]).flatMap(\.allOptions).flatMap(\.names)
        return UsageError(message: "ukjent valg '\(name)'" + Suggestion.hint(for: name, among: known), command: usageName(command))
    }

    /// The commands that take the option, as "'guide search'"; `guide` itself only for an option no command takes.
    private func owners(of name: String) -> [String] {
        let commandOwners = commands.filter { $0.option(named: name) != nil }.map { "'guide \($0.name)'" }
        return commandOwners.isEmpty && root.option(named: name) != nil ? ["'guide'"] : commandOwners
    }

    /// The command whose usage an error prints: `help` has no page of its own but `guide`'s.
    private func usageName(_ command: CommandDeclaration?) -> String? {
        command.flatMap { $0.name == "help" ? nil : $0.name }
    }

    /// "'a'", "'a' og 'b'", "'a', 'b' og 'c'".
    private static func list(_ names: [String]) -> String {
        guard let last = names.last, names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " og " + last
    }
}
