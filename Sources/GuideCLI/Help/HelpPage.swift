/// Help pages made from the declarations, in a fixed layout (OVERVIEW, USAGE, ARGUMENTS or COMMANDS,
/// OPTIONS, then notes), printed to stdout.
enum HelpPage {
    /// Where help text starts, after the two-space indent and the label.
    static let labelWidth = 18
    /// No usage line is longer, as no line the renderers write is.
    static let width = 100

    /// A command's page; `guide`'s own lists the commands.
    static func text(for command: CommandDeclaration, subcommands: [CommandDeclaration] = []) -> String {
        var sections = ["OVERVIEW: " + command.overview, usageLines(for: command, subcommands: subcommands).joined(separator: "\n")]
        if !command.arguments.isEmpty {
            sections.append("ARGUMENTS:\n" + command.arguments.map { entry($0.label, $0.help) }.joined(separator: "\n"))
        }
        if !subcommands.isEmpty {
            sections.append("COMMANDS:\n" + subcommands.compactMap { $0.listing.map { entry($0.usage, [$0.abstract]) } }.joined(separator: "\n"))
        }
        sections.append("OPTIONS:\n" + command.allOptions.map { entry($0.label, $0.helpLines) }.joined(separator: "\n"))
        if let epilogue = command.epilogue { sections.append(epilogue) }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// "USAGE: guide search <query>… [--limit N] …", wrapped under the first argument.
    static func usageLines(for command: CommandDeclaration, subcommands: [CommandDeclaration] = []) -> [String] {
        let head = "USAGE: guide" + (subcommands.isEmpty ? " " + command.name : "")
        if !subcommands.isEmpty { return [head + " <command> [options]"] }
        var words = argumentsSynopsis(command.arguments).map { [$0] } ?? []
        words += command.options.filter(\.inSynopsis).map(\.synopsis)
        words += CommonOptions.synopsisOrder.compactMap { name in command.commonOptions.first { $0.name == name }?.synopsis }
        let indent = String(repeating: " ", count: head.count + 1)
        var lines = [head]
        for word in words {
            let last = lines[lines.count - 1]
            if last.count + 1 + word.count > width && last != head {
                lines.append(indent + word)
            } else {
                lines[lines.count - 1] = last + " " + word
            }
        }
        return lines
    }

    /// Required arguments in order; optional ones nested, each inside the one before: "[<act> [§ <section>]]".
    private static func argumentsSynopsis(_ arguments: [ArgumentDeclaration]) -> String? {
        arguments.reversed().reduce(nil as String?) { rest, argument in
            let text = argument.synopsis + (rest.map { " " + $0 } ?? "")
            return argument.isOptional ? "[" + text + "]" : text
        }
    }

    /// A label and its help, the help aligned in one column, continued lines indented to it.
    private static func entry(_ label: String, _ help: [String]) -> String {
        let padding = String(repeating: " ", count: max(1, labelWidth - label.count))
        var lines = ["  " + label + padding + (help.first ?? "")]
        lines += help.dropFirst().map { String(repeating: " ", count: labelWidth + 2) + $0 }
        return lines.joined(separator: "\n")
    }
}
