/// Course material for trainers (`guide export`): the selected recommendations with their statement,
/// practical part, checklists and legal basis, each pointing to a numbered reference list that cites
/// its guideline the way Helsedirektoratet asks to be cited.
public struct Handout: Sendable, Codable {
    public var title: String
    /// The ids asked for by name, resolved ("als/2.1" → "als-samhandling-og-oppfolging/2.1").
    public var requestedIDs: [String]
    /// Whether the rationale parts ("Begrunnelse") are included.
    public var includesRationale: Bool
    /// The day the handout was made ("23. november 2026").
    @Nullable public var created: String?
    /// In guideline order, then in the order the guideline gives them.
    public var recommendations: [HandoutRecommendation]
    /// One entry per guideline the recommendations come from, numbered from 1 in order of first use.
    public var references: [HandoutReference]

    /// The hearing drafts among the sources, for a notice at the top.
    public var hearingDrafts: [GuidelineSummary] {
        references.map(\.guideline).filter(\.isHearingDraft)
    }
}

/// One recommendation in a handout.
public struct HandoutRecommendation: Sendable, Codable {
    public var id: String
    public var title: String
    public var kind: Article.Kind
    public var guideline: GuidelineSummary
    public var chapter: ChapterSummary
    /// The hearing-draft notice (`HearingDraftNotice`: open, or its deadline passed); nil for advice in force.
    @Nullable public var hearingDraft: String?
    /// The statement, the practical part, other titled parts and (when asked for) the rationale,
    /// in the guideline's order; literature lists are left out.
    public var parts: [HandoutPart]
    /// False when only the parts that answer the handout's topic were taken (with the statement
    /// for context); true for the whole recommendation (named by id, or `--whole`).
    public var whole: Bool
    public var legalReferences: [LegalReferenceSummary]
    public var source: SourceReference
    /// Number of the guideline's entry in the handout's reference list.
    public var reference: Int
}

/// A part of a recommendation, as paragraphs and checklists in reading order.
public struct HandoutPart: Sendable, Hashable, Codable {
    /// recommendation, practical, rationale, checklist or other.
    public var kind: SectionKind
    /// The heading as shown ("Praktisk – slik kan rådet følges"); nil for the statement.
    @Nullable public var title: String?
    public var blocks: [HandoutBlock]
    public var lines: [Int]
}

/// A paragraph, or a checklist with its lead-in and nested items.
public struct HandoutBlock: Sendable, Hashable, Codable {
    /// Raw values are the JSON vocabulary.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case paragraph
        case checklist
    }

    public var kind: Kind
    /// The paragraph, or the checklist's lead-in (may be empty).
    public var text: String
    public var items: [ArticleDetail.Item]

    public static func paragraph(_ text: String) -> HandoutBlock { HandoutBlock(kind: .paragraph, text: text, items: []) }
    public static func checklist(_ leadIn: String, _ items: [ArticleDetail.Item]) -> HandoutBlock {
        HandoutBlock(kind: .checklist, text: leadIn, items: items)
    }

    public var isChecklist: Bool { kind == .checklist }
}

/// A numbered entry of the reference list: a guideline, cited in Helsedirektoratet's form.
public struct HandoutReference: Sendable, Codable {
    public var number: Int
    public var guideline: GuidelineSummary
    /// The citation as one line of text ("Helsedirektoratet (2026). … Tilgjengelig fra https://…").
    public var citation: String
    /// The same citation in parts, for renderers that link the address.
    public var parts: GuidelineCitation
}
