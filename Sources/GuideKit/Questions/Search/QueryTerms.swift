/// Turns what a person typed into search terms: words of letters and digits, lower-cased, with
/// filler words dropped. Everything else (quotes, `*`, `-`, `^`, `§`, parentheses, FTS5 keywords)
/// is a separator, so no user text ever reaches FTS5 syntax.
public struct QueryTerms: Sendable, Hashable {
    /// Content words in the order typed, without duplicates.
    public let words: [String]

    /// Longer input is cut: a query is a situation, not a document.
    public static let maximumCharacters = 1_000
    public static let maximumWords = 32

    public init(_ text: String) {
        var words: [String] = []
        var seen = Set<String>()
        for word in Self.tokens(String(text.prefix(Self.maximumCharacters))) where seen.insert(word).inserted {
            words.append(word)
        }
        let content = words.filter { !Stopwords.contains($0) }
        // A query of filler words only ("hva er det") still searches for them.
        self.words = Array((content.isEmpty ? words : content).prefix(Self.maximumWords))
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Lower-cased runs of letters and digits; the same split the index's analyzer and FTS5's unicode61 make.
    public static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var text = text
        text.withUTF8 { WordScanner().words(in: $0) { word, _, _ in tokens.append(word); return true } }
        return tokens
    }
}
