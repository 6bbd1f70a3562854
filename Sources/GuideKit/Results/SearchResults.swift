/// The answer to a search: the query as understood and the ranked hits.
public struct SearchResults: Sendable, Codable {
    public var query: String
    /// The words searched for (filler dropped, unknown spellings corrected) and their alternatives.
    public var analysis: QueryAnalysis
    public var results: [SearchHit]
    /// Hits left out by the relevance floor (nil when none were).
    public var dropped: DroppedHits? = nil
    /// The query held filler words only ("og i på en"): nothing was searched.
    public var fillerOnly = false

    /// The words searched for, after filler words were dropped and spellings corrected.
    public var terms: [String] { analysis.words.map(\.searched) }
}

/// How many hits the relevance floor left out of the list asked for, and by which rule
/// (`SearchRanking.relevant`).
public struct DroppedHits: Sendable, Codable, Hashable {
    /// Left out in all.
    public var count: Int
    /// Of those, with a score that rounds to 0.000.
    public var zeroScore: Int
    /// Of those, scoring below `shareOfBest` of the best hit and covering less than `minimumCoverage` of the query.
    public var belowFloor: Int
    public var shareOfBest: Double
    public var minimumCoverage: Double
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
        /// Share of the query's words the passage holds, and the share in its heading, each word
        /// there by its heading weight, 1 − `headingShares` (corrected words count half throughout).
        public var coverage = 0.0
        public var headingCoverage = 0.0
        /// Share of the query's words in the text, or else in the heading by heading weight, of the
        /// part shown or the part scored, whichever holds more: what the relevance floor and the
        /// rule for text pages compare.
        public var contentCoverage = 0.0
        public var matchedInHeading: [String] = []
        /// For each word of `matchedInHeading`, the share of its guideline's passages whose heading
        /// holds it too: a word shared that widely counts little (1 − the share) in coverage and bonus.
        public var headingShares: [Double] = []
        /// The factor of a question's intent (a checklist for "hva bør planen inneholde"), 1 without.
        public var intentFactor = 1.0
        /// Why the hit stands lower than its score would put it, if it does (a text page below a
        /// recommendation covering more of the query).
        @Nullable public var movedBelow: String? = nil
        /// Whether it was moved there for standing outside the guideline the query names ("ALS"),
        /// not for being a text page.
        public var movedOutsideNamedGuideline = false
        /// The part whose score the hit carries (and this explanation explains), when another part
        /// of the recommendation is shown because its text covers more of the query.
        @Nullable public var scoredPart: String? = nil
        public var matchedInText: [String] = []
        /// For each word of `matchedInText`, the words of the passage's text that matched it, as
        /// written there ("pasienten", "pasientene" for "pasient"); empty when only a compound's
        /// part matched.
        public var formsInText: [[String]] = []
        public var missing: [String] = []
        /// The ranking's score of bm25, coverage, heading coverage and intent (`SearchRanking.score`).
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
