/// Terminal styling: ANSI colours on a terminal without NO_COLOR, plain text otherwise.
public struct TextStyle: Sendable {
    public let colored: Bool
    /// Lines are wrapped to this width.
    public let width: Int

    public init(colored: Bool, width: Int = 100) {
        self.colored = colored
        self.width = width
    }

    public static let plain = TextStyle(colored: false)

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func highlight(_ text: String) -> String { wrap(text, "1;33") }
    public func warning(_ text: String) -> String { wrap(text, "1;31") }
    public func accent(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        colored && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Word-wraps plain text (no escape codes) to the width, each line prefixed by `indent`.
    public func wrapped(_ text: String, indent: String = "", firstIndent: String? = nil) -> String {
        var lines: [String] = []
        var line = firstIndent ?? indent
        // Lengths in characters, kept as the line grows rather than counted again for every word.
        var length = line.count
        let indentLength = indent.count
        var lineIsEmpty = true
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let wordLength = word.count
            if !lineIsEmpty && length + 1 + wordLength > width {
                lines.append(line)
                line = indent
                length = indentLength
                lineIsEmpty = true
            }
            if !lineIsEmpty {
                line += " "
                length += 1
            }
            line += word
            length += wordLength
            lineIsEmpty = false
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
