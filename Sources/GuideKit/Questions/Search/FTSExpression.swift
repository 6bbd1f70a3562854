/// Quoting for FTS5 MATCH expressions. Every term is a quoted string (quotes doubled), so
/// keywords like AND, NEAR or NOT are just words and no user text becomes syntax.
enum FTSExpression {
    /// Words this short match only whole words ("als" must not find "alstå").
    static let minimumPrefixLength = 4

    /// The exact form, as a prefix when long enough ("koordinator" finds "koordinatorrollen").
    static func exact(_ word: String) -> String {
        quoted(word) + (isPrefix(word) ? "*" : "")
    }

    static func isPrefix(_ word: String) -> Bool { word.count >= minimumPrefixLength }

    /// Where the terms a prefix begins end, for `term >= prefix AND term < end`: they sort from the
    /// prefix up to it followed by the highest scalar.
    static func endOfTerms(beginning prefix: String) -> String { prefix + "\u{10FFFF}" }

    static func quoted(_ term: String) -> String {
        "\"" + (term.contains("\"") ? term.replacingOccurrences(of: "\"", with: "\"\"") : term) + "\""
    }
}
