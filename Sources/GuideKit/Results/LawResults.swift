/// `guide law` without an act: every act and provision the corpus cites, most cited first.
public struct LawOverview: Sendable, Codable {
    public var acts: [CitedAct]
}

/// An act as the corpus cites it: how many recommendations cite it at all, and each provision.
public struct CitedAct: Sendable, Hashable, Codable {
    /// Canonical name, lower case ("helsepersonelloven").
    public var act: String
    public var kind: ActKind
    /// The act's lovdata.no address, when known.
    @Nullable public var url: String?
    /// Recommendations (and text pages) citing the act in any way.
    public var count: Int
    /// Most cited first, then in section order; the act named without a section comes last.
    public var provisions: [CitedProvision]
}

/// One cited provision of an act: a section ("§ 10a"), a part ("kapittel 3", "§ 6 bokstav g"), or
/// the act as a whole (no section, no part).
public struct CitedProvision: Sendable, Hashable, Codable {
    @Nullable public var section: String?
    @Nullable public var part: String?
    /// "helsepersonelloven § 10a"; the act's name alone for the whole act.
    public var citation: String
    @Nullable public var url: String?
    /// Recommendations (and text pages) citing it.
    public var count: Int
}

/// `guide law ACT [§ N]`: the recommendations citing an act (or one section of it), each with the
/// passages that mention it.
public struct LawCitations: Sendable, Codable {
    /// The act and section as typed.
    public var query: String
    /// Canonical name of the act the query names.
    public var act: String
    public var kind: ActKind
    /// The section asked for, normalized ("§ 10a"); nil when the whole act was asked for.
    @Nullable public var section: String?
    /// The chapter asked for ("kapittel 3"); nil unless asked.
    @Nullable public var part: String?
    /// lovdata.no address of what was asked for: the section, the chapter, else the act.
    @Nullable public var url: String?
    /// Number of citing recommendations (and text pages).
    public var count: Int
    /// The provisions cited within what was asked for, as in the overview.
    public var provisions: [CitedProvision]
    /// In corpus order.
    public var recommendations: [CitingRecommendation]
}

/// A recommendation (or text page) that cites the act, with where and how.
public struct CitingRecommendation: Sendable, Codable {
    public var guideline: GuidelineSummary
    public var chapter: ChapterSummary
    public var recommendation: ArticleSummary
    /// Its references to the act (within what was asked for), in reading order.
    public var citations: [LegalReferenceSummary]
    /// The sentences that mention them, in reading order.
    public var passages: [LawPassage]
    public var source: SourceReference
}

/// A sentence (or a short excerpt) of one part of a recommendation that mentions a cited provision.
public struct LawPassage: Sendable, Hashable, Codable {
    /// The part: recommendation, practical, rationale, checklist, references or other.
    public var kind: SectionKind
    @Nullable public var title: String?
    /// Which of the recommendation's citations it mentions ("helsepersonelloven § 10a").
    public var citations: [String]
    /// The sentence, with the act's name and the section marked.
    public var snippet: Snippet
    /// First and last line of the part in the source file.
    public var lines: [Int]
}
