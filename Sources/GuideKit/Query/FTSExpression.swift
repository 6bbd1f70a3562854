/// Builds the FTS5 MATCH expression from search terms. Every term is a quoted string (quotes
/// doubled), so keywords like AND, NEAR or NOT are just words. A word matches its exact form
/// (as a prefix when long enough, so "koordinator" also finds "koordinatorrollen") or any word
/// with the same stem ("hjelpemiddel" finds "hjelpemidler").
enum FTSExpression {
    /// Terms this short match only whole words ("als" must not find "alstå").
    static let minimumPrefixLength = 4

    static func any(of terms: QueryTerms) -> String? {
        guard !terms.isEmpty else { return nil }
        return terms.words.map(alternatives).joined(separator: " OR ")
    }

    /// `"word"* OR "_stem"` for one word.
    static func alternatives(_ word: String) -> String {
        let exact = quoted(word) + (word.count >= minimumPrefixLength ? "*" : "")
        return exact + " OR " + quoted(NorwegianAnalyzer.stemTerm(NorwegianAnalyzer.stem(word)))
    }

    static func quoted(_ term: String) -> String {
        "\"" + term.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
