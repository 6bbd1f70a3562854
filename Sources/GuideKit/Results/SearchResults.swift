/// The answer to a search: the query as understood and the ranked hits.
public struct SearchResults: Sendable, Codable {
    public var query: String
    /// The words searched for (filler dropped, unknown spellings corrected) and their alternatives.
    public var analysis: QueryAnalysis
    public var results: [SearchHit]

    /// The words searched for, after filler words were dropped and spellings corrected.
    public var terms: [String] { analysis.words.map(\.searched) }
}

/// One ranked passage, with everything needed to say where it comes from.
public struct SearchHit: Sendable, Codable {
    public struct Passage: Sendable, Hashable, Codable {
        public var id: Int
        @Nullable public var title: String?
        /// recommendation, practical, rationale, checklist, references or other.
        public var kind: SectionKind
        /// The whole passage.
        public var text: String
    }

    /// Why a hit ranks where it does (`guide search --explain`).
    public struct Explanation: Sendable, Hashable, Codable {
        /// FTS5 bm25 of the passage (negative; lower is better).
        public var bm25 = 0.0
        /// Share of the query's words the passage holds, and the share in its heading (corrected
        /// words count half).
        public var coverage = 0.0
        public var headingCoverage = 0.0
        public var matchedInHeading: [String] = []
        public var matchedInText: [String] = []
        /// For each word of `matchedInText`, the words of the passage's text that matched it, as
        /// written there ("pasienten", "pasientene" for "pasient"); empty when only a compound's
        /// part matched.
        public var formsInText: [[String]] = []
        public var missing: [String] = []
        /// The ranking's score of bm25, coverage and heading coverage (`SearchRanking.score`).
        public var score = 0.0
    }

    public var rank: Int
    public var score: Double
    public var guideline: GuidelineSummary
    public var chapter: ChapterSummary
    /// Nil only for passages outside any article.
    @Nullable public var recommendation: ArticleSummary?
    public var section: Passage
    public var snippet: Snippet
    public var source: SourceReference
    /// The legal basis of the hit's recommendation.
    public var legalReferences: [LegalReferenceSummary]
    /// Present when asked for.
    @Nullable public var explanation: Explanation?
    /// With `--must`: the passage's duties, legal_duty before obligation (else null).
    @Nullable public var obligations: [StatementSummary]? = nil
}
