import GuideKit

/// Help pages made from the declarations, in a fixed layout (OVERSIKT, BRUK, ARGUMENTER or KOMMANDOER,
/// VALG, then notes), printed to stdout and wrapped at the terminal's width.
struct HelpPage {
    /// Where help text starts, after the two-space indent and the label.
    static let labelWidth = 18

    /// The column every line ends before.
    let width: Int

    private var style: TextStyle { TextStyle(colored: false, width: width) }

    /// A command's page; `guide`'s own lists the commands.
    func text(for command: CommandDeclaration, subcommands: [CommandDeclaration] = []) -> String {
        var sections = [paragraphs(command.overview, label: "OVERSIKT: "),
                        usageLines(for: command, subcommands: subcommands).joined(separator: "\n")]
        if !command.arguments.isEmpty {
            sections.append("ARGUMENTER:\n" + command.arguments.map { entry($0.label, $0.help) }.joined(separator: "\n"))
        }
        if !subcommands.isEmpty {
            sections.append("KOMMANDOER:\n" + subcommands.compactMap { $0.listing.map { entry($0.usage, [$0.abstract]) } }.joined(separator: "\n"))
        }
        sections.append("VALG:\n" + command.allOptions.map { entry($0.label, $0.helpLines) }.joined(separator: "\n"))
        if let epilogue = command.epilogue { sections.append(paragraphs(epilogue)) }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// "BRUK: guide search <søkeord>… [--limit N] …", wrapped under the first argument.
    func usageLines(for command: CommandDeclaration, subcommands: [CommandDeclaration] = []) -> [String] {
        let head = "BRUK: guide" + (subcommands.isEmpty ? " " + command.name : "")
        if !subcommands.isEmpty { return [head + " <kommando> [valg]"] }
        var words = Self.argumentsSynopsis(command.arguments).map { [$0] } ?? []
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

    /// Required arguments in order; optional ones nested, each inside the one before: "[<lov> [§ <paragraf>]]".
    private static func argumentsSynopsis(_ arguments: [ArgumentDeclaration]) -> String? {
        arguments.reversed().reduce(nil as String?) { rest, argument in
            let text = argument.synopsis + (rest.map { " " + $0 } ?? "")
            return argument.isOptional ? "[" + text + "]" : text
        }
    }

    /// Each line of the text a paragraph of its own, wrapped; the first after `label`.
    private func paragraphs(_ text: String, label: String = "") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            style.wrapped(String(line), firstIndent: index == 0 ? label : nil)
        }.joined(separator: "\n")
    }

    /// A label and its help, the help wrapped in one column; a label too long for the column gets a line
    /// of its own.
    private func entry(_ label: String, _ help: [String]) -> String {
        let column = Self.labelWidth + 2
        let indent = String(repeating: " ", count: column)
        let text = help.joined(separator: " ")
        let lead = "  " + label
        guard lead.count < column else {
            return lead + "\n" + style.wrapped(text, indent: indent)
        }
        return style.wrapped(text, indent: indent, firstIndent: lead + String(repeating: " ", count: column - lead.count))
    }
}
