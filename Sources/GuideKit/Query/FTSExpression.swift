/// Builds the FTS5 MATCH expression from search terms. Each term is a quoted string (quotes doubled),
/// so keywords like AND, NEAR or NOT are just words; longer terms match as prefixes so
/// "koordinator" also finds "koordinatoren".
enum FTSExpression {
    /// Terms this short match only whole words ("als" must not find "alstå").
    static let minimumPrefixLength = 4

    static func any(of terms: QueryTerms) -> String? {
        guard !terms.isEmpty else { return nil }
        return terms.words.map(term).joined(separator: " OR ")
    }

    static func term(_ word: String) -> String {
        let quoted = "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return word.count >= minimumPrefixLength ? quoted + "*" : quoted
    }
}
