/// One guideline document (retningslinje, faglige råd, veileder …) as read from one corpus file.
public struct Guideline: Sendable, Hashable, Codable {
    /// Stable identifier, derived from the corpus file name (e.g. "als-samhandling-og-oppfolging").
    public var id: String
    public var title: String
    /// Author/publisher, e.g. "Helsedirektoratet".
    public var publisher: String?
    /// The product type as the publisher names it, e.g. "Nasjonal faglig retningslinje", "Nasjonale faglige råd".
    public var kind: String?
    public var status: GuidelineStatus
    /// The page or document address, when the text (or its metadata) gives it.
    public var url: String?
    /// When the source was read ("lest 04. februar 2026"), as written.
    public var accessed: String?
    /// Year of publication as given in the citation block, if any.
    public var year: String?
    /// "Først publisert" and "Siste faglige endring", as written ("23. juni 2023"), when the page says.
    public var firstPublished: String?
    public var lastChanged: String?
    /// Place of publication, as the citation block gives it ("Oslo: Helsedirektoratet").
    public var place: String?
    /// The publisher's own id of the document, when its source gives one (the content API's item id).
    public var sourceID: String?
    /// The licence its text is published under, to be credited with it ("NLOD 2.0").
    public var licence: String?
    public var chapters: [Chapter]
    public var source: SourceSpan
    /// Every corpus file it was read from, when more than `source`'s (a content-API product: each item's file).
    public var sourceFiles: [String] = []

    public init(id: String, title: String, publisher: String? = nil, kind: String? = nil,
                status: GuidelineStatus = .published, url: String? = nil, accessed: String? = nil,
                year: String? = nil, firstPublished: String? = nil, lastChanged: String? = nil,
                place: String? = nil, sourceID: String? = nil, licence: String? = nil, chapters: [Chapter] = [],
                source: SourceSpan) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.kind = kind
        self.status = status
        self.url = url
        self.accessed = accessed
        self.year = year
        self.firstPublished = firstPublished
        self.lastChanged = lastChanged
        self.place = place
        self.sourceID = sourceID
        self.licence = licence
        self.chapters = chapters
        self.source = source
    }

    /// All articles in reading order.
    public var articles: [Article] { chapters.flatMap(\.articles) }
}

/// Whether a guideline is in force or a draft sent out for hearing (høringsutkast).
public struct GuidelineStatus: Sendable, Hashable, Codable {
    public enum Stage: String, Sendable, Hashable, Codable {
        case published
        case hearingDraft
    }

    public var stage: Stage
    /// "30. juni 2023", as written, for hearing drafts that state one.
    public var hearingDeadline: String?
    /// When the final version is expected, as written ("04. januar 2022", "våren 2024"): hearing
    /// pages say "Forventet ferdigbehandlet: …".
    public var expectedCompletion: String?
    /// The text says the deadline has passed ("Høringsfristen er nå utløpt"), with or without a date:
    /// a draft can be known closed even when no deadline is given.
    public var deadlinePassedStated: Bool

    public init(stage: Stage, hearingDeadline: String? = nil, expectedCompletion: String? = nil, deadlinePassedStated: Bool = false) {
        self.stage = stage
        self.hearingDeadline = hearingDeadline
        self.expectedCompletion = expectedCompletion
        self.deadlinePassedStated = deadlinePassedStated
    }

    public static let published = GuidelineStatus(stage: .published)
    public static func hearingDraft(deadline: String? = nil, expectedCompletion: String? = nil,
                                    deadlinePassedStated: Bool = false) -> GuidelineStatus {
        GuidelineStatus(stage: .hearingDraft, hearingDeadline: deadline, expectedCompletion: expectedCompletion,
                        deadlinePassedStated: deadlinePassedStated)
    }

    public var isHearingDraft: Bool { stage == .hearingDraft }
}
