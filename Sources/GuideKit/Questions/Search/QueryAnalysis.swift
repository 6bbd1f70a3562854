/// What a query means against this index: each content word with the spelling searched for
/// (corrected when the typed one is unknown), and the alternatives that count as a match —
/// its stem, compound parts, synonyms.
public struct QueryAnalysis: Sendable, Codable {
    public struct Word: Sendable, Codable {
        /// As typed (lower-cased).
        public var typed: String
        /// As searched: the typed word when the index knows it, else the closest indexed word.
        public var searched: String
        /// Searched in another spelling the index holds: a typo or missing æ ø å, never a Nynorsk
        /// word's Bokmål form (the same word, which weighs as typed).
        public var corrected: Bool { typed != searched && concept == nil && spelling == nil }
        /// "nynorsk" when `searched` is the Bokmål form of a Nynorsk word the index does not hold
        /// (`Nynorsk`); `guide analyze` shows it.
        public var spelling: String? = nil
        public var isNynorsk: Bool { spelling == Self.nynorsk }
        static let nynorsk = "nynorsk"
        /// Alternatives as stem lists: a passage matches the word when it holds every stem of one.
        public var alternatives: [[String]]
        /// Where the alternatives beyond the word's own stem came from ("synonym", "compound", "begrep").
        public var notes: [String]
        /// For a word added by the concept lexicon: the lay phrase of the query it stands for
        /// (`typed`); `searched` is the concept's first term, the alternatives all its terms.
        public var concept: String? = nil
        /// Concept words weigh `SearchRanking.conceptWeight`: below the words typed.
        public var isConcept: Bool { concept != nil }
    }

    public var words: [Word]
    /// What the question asks for beyond its topic, when its shape says (`QueryIntent`).
    public var intent: QueryIntent? = nil
    /// True when the question asks why ("hvorfor", "begrunnelse"): a recommendation's rationale is
    /// the part shown of it (`SearchRanking.chosenPerArticle`); nil otherwise.
    public var asksWhy: Bool? = nil
    /// Words asking for the reason behind advice.
    static let whyWords: Set<String> = ["hvorfor", "kvifor", "begrunnelse", "begrunnelsen", "grunngiving", "kunnskapsgrunnlag", "kunnskapsgrunnlaget"]

    public var corrections: [(typed: String, searched: String)] {
        words.filter(\.corrected).map { ($0.typed, $0.searched) }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// How many edits a correction may make to a word of `length` characters: 1 for words of 4+
    /// letters, 2 for 10+ ("forelder" must not become "følelser"). The indexer picks the word
    /// forms to keep (`word_forms`) by the same limit.
    public static func correctionEditLimit(length: Int) -> Int {
        length >= 10 ? 2 : length >= 4 ? 1 : 0
    }

    /// The MATCH expression: any alternative of any word. Every term is quoted. Search and plan
    /// match from the posting lists (`RankingPlan`); FTS5's MATCH of this is what tests hold them to.
    var expression: String? {
        words.isEmpty ? nil : words.map(Self.expression).joined(separator: " OR ")
    }

    /// One word's alternatives: its exact form (prefix), its stem, compound parts, synonyms.
    static func expression(for word: Word) -> String {
        var parts = [FTSExpression.exact(word.searched)]
        for alternative in word.alternatives {
            let terms = alternative.map { FTSExpression.quoted(NorwegianAnalyzer.stemTerm($0)) }
            parts.append(terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " AND ") + ")")
        }
        return parts.joined(separator: " OR ")
    }
}

extension QueryAnalysis.Word {
    init(typed: String, searched: String) {
        self.init(typed: typed, searched: searched, alternatives: [[NorwegianAnalyzer.stem(searched)]], notes: [])
    }
}
