/// The guideline a result belongs to, as every answer shows it.
public struct GuidelineSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var status: GuidelineStatus.Stage
    @Nullable public var hearingDeadline: String?
    /// For a hearing draft with a deadline read as a day: whether the deadline has passed (as of
    /// today, or `GUIDE_TODAY`); null otherwise.
    @Nullable public var hearingClosed: Bool? = nil
    /// When a draft's final version is expected, as its page writes it ("04. januar 2022", "våren 2024");
    /// JSON leaves it out when the page does not say.
    public var expectedCompletion: String? = nil
    /// True when a draft's text states the deadline has passed ("Høringsfristen er nå utløpt"),
    /// with or without a date; JSON leaves it out otherwise.
    public var hearingPassedStated: Bool? = nil
    @Nullable public var kind: String?
    @Nullable public var publisher: String?
    @Nullable public var url: String?
    @Nullable public var accessed: String?
    @Nullable public var year: String?
    @Nullable public var firstPublished: String?
    @Nullable public var lastChanged: String?
    /// Place of publication ("Oslo"), for citations.
    @Nullable public var place: String?
    /// The publisher's id of the document and the licence its text is published under; only a source
    /// that gives them (the content API) has them, and JSON leaves them out otherwise.
    public var sourceID: String? = nil
    public var licence: String? = nil

    public var isHearingDraft: Bool { status == .hearingDraft }

    /// The credit its licence asks for beside the text, "Helsedirektoratet, lisens NLOD 2.0"; nil without a licence.
    public var credit: String? { Self.credit(publisher: publisher, licence: licence) }

    public static func credit(publisher: String?, licence: String?) -> String? {
        licence.map { [publisher, "lisens \($0)"].compactMap { $0 }.joined(separator: ", ") }
    }
}

/// A recommendation (or text page) as named in a result.
public struct ArticleSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var kind: Article.Kind
}

public struct ChapterSummary: Sendable, Hashable, Codable {
    public var number: Int
    public var title: String
}

/// Where a shown text comes from: corpus file, line span and web address.
public struct SourceReference: Sendable, Hashable, Codable {
    public var path: String
    @Nullable public var url: String?
    /// First and last line, 1-based, inclusive.
    public var lines: [Int]

    public var lineDescription: String {
        lines.count == 2 && lines[0] != lines[1] ? "\(lines[0])-\(lines[1])" : "\(lines.first ?? 0)"
    }
}

public struct LegalReferenceSummary: Sendable, Hashable, Codable {
    public var act: String
    @Nullable public var section: String?
    @Nullable public var part: String?
    @Nullable public var url: String?
    /// "helsepersonelloven § 10a", as `LegalCitation` writes it.
    public var citation: String

    public init(act: String, section: String?, part: String?, url: String?) {
        self.act = act
        self.section = section
        self.part = part
        self.url = url
        citation = LegalCitation.text(act: act, section: section, part: part)
    }
}
