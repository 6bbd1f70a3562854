/// One option as a command declares it: its names, whether it takes a value, its help, and the
/// check of its value. The parser, the usage line and the help page are all read from this.
struct OptionDeclaration: Sendable {
    /// The long name ("--limit"), by which the parsed value is kept.
    let name: String
    /// A one-letter alias ("-o", "-h"), shown first.
    let shortName: String?
    /// The value's placeholder in help ("N", "PATH"); nil for a flag.
    let valueName: String?
    /// The value's placeholder in the usage line, when it says more than `valueName` ("markdown|html|json").
    let synopsisValue: String?
    /// Help text, one entry per line as printed.
    let help: [String]
    /// The default, shown in help as "(standard: …)".
    let defaultValue: String?
    /// False for options left out of the usage line (help itself, aids for tuning).
    let inSynopsis: Bool
    /// Why a value is not taken, as the usage error says it; nil when it is.
    let check: (@Sendable (String) -> String?)?

    static func flag(_ name: String, short: String? = nil, help: [String], inSynopsis: Bool = true) -> OptionDeclaration {
        OptionDeclaration(name: name, shortName: short, valueName: nil, synopsisValue: nil, help: help,
                          defaultValue: nil, inSynopsis: inSynopsis, check: nil)
    }

    static func value(_ name: String, short: String? = nil, valueName: String, synopsisValue: String? = nil,
                      help: [String], defaultValue: String? = nil,
                      check: (@Sendable (String) -> String?)? = nil) -> OptionDeclaration {
        OptionDeclaration(name: name, shortName: short, valueName: valueName, synopsisValue: synopsisValue, help: help,
                          defaultValue: defaultValue, inSynopsis: true, check: check)
    }

    var takesValue: Bool { valueName != nil }

    /// Whether the value names a file or directory, as its placeholder says (`--db PATH`, `-o FILE`).
    var takesPath: Bool { ["PATH", "FILE", "DIR"].contains(valueName) }

    /// Every name the option answers to.
    var names: [String] { shortName.map { [$0, name] } ?? [name] }

    /// How help lists it: "-o, --output FILE".
    var label: String {
        names.joined(separator: ", ") + (valueName.map { " " + $0 } ?? "")
    }

    /// How the usage line shows it: "[-o FILE]".
    var synopsis: String {
        "[" + (shortName ?? name) + ((synopsisValue ?? valueName).map { " " + $0 } ?? "") + "]"
    }

    /// The help lines, the default said at the end of the first.
    var helpLines: [String] {
        guard let defaultValue, let first = help.first else { return help }
        return [first + " (standard: \(defaultValue))"] + help.dropFirst()
    }
}

extension OptionDeclaration {
    /// `--limit N` of the commands that pick the best N (each says N of what).
    static func limit(_ help: String) -> OptionDeclaration {
        .value("--limit", valueName: "N", help: [help], defaultValue: String(limitDefault)) { value in
            guard let n = Int(value), limitRange.contains(n) else {
                return "'--limit' tar et helt tall fra 1 til 1000, ikke '\(value)'"
            }
            return nil
        }
    }

    static let limitDefault = 10
    static let limitRange = 1...1000
}
