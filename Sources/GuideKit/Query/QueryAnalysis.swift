/// What a query means against this index: each content word with the spelling searched for
/// (corrected when the typed one is unknown), and the alternatives that count as a match —
/// its stem, compound parts, synonyms.
public struct QueryAnalysis: Sendable, Codable {
    public struct Word: Sendable, Codable {
        /// As typed (lower-cased).
        public var typed: String
        /// As searched: the typed word when the index knows it, else the closest indexed word.
        public var searched: String
        public var corrected: Bool { typed != searched }
        /// Alternatives as stem lists: a passage matches the word when it holds every stem of one.
        public var alternatives: [[String]]
        /// Where the alternatives beyond the word's own stem came from ("synonym", "compound").
        public var notes: [String]
    }

    public var words: [Word]

    public var corrections: [(typed: String, searched: String)] {
        words.filter(\.corrected).map { ($0.typed, $0.searched) }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// The MATCH expression: any alternative of any word. Every term is quoted.
    var expression: String? {
        guard !words.isEmpty else { return nil }
        return words.map { word in
            var parts = [FTSExpression.exact(word.searched)]
            for alternative in word.alternatives {
                let terms = alternative.map { FTSExpression.quoted(NorwegianAnalyzer.stemTerm($0)) }
                parts.append(terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " AND ") + ")")
            }
            return parts.joined(separator: " OR ")
        }.joined(separator: " OR ")
    }

    /// True when the passage (its words and their stems) holds the query word.
    func passage(words: Set<String>, stems: Set<String>, matches word: Word) -> Bool {
        if word.searched.count >= FTSExpression.minimumPrefixLength
            ? words.contains(where: { $0.hasPrefix(word.searched) }) : words.contains(word.searched) {
            return true
        }
        return word.alternatives.contains { $0.allSatisfy(stems.contains) }
    }
}

extension QueryAnalysis.Word {
    init(typed: String, searched: String) {
        self.init(typed: typed, searched: searched, alternatives: [[NorwegianAnalyzer.stem(searched)]], notes: [])
    }
}
