/// Running text gathered from inline HTML, with whitespace as HTML treats it: runs of spaces,
/// TABs and line breaks are one space; only `br` breaks a line.
struct InlineText {
    private(set) var raw = ""

    mutating func append(_ text: String) { raw += text }
    mutating func lineBreak() { raw += "\u{2028}" }

    /// The text with whitespace collapsed; `br` as a line break, or as a space when `lineBreaks` is false.
    func text(lineBreaks: Bool) -> String {
        raw.split(separator: "\u{2028}", omittingEmptySubsequences: false)
            .map { Self.collapse(String($0)) }
            .filter { !$0.isEmpty }
            .joined(separator: lineBreaks ? "\n" : " ")
    }

    /// HTML whitespace collapsed to single spaces, trimmed. The soft hyphen (`&shy;`) goes too.
    static func collapse(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{AD}" || scalar == "\u{200B}" { continue }
            if HTMLTokenizer.isSpace(scalar) || scalar == " " || scalar == "\u{2028}" {
                pendingSpace = true
                continue
            }
            if pendingSpace, !out.isEmpty { out.unicodeScalars.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
