/// A guideline's table of contents, as `guide list` prints it.
public struct GuidelineOutline: Sendable, Codable {
    public struct ChapterOutline: Sendable, Codable {
        public var number: Int
        public var title: String
        public var recommendations: [ArticleSummary]
    }

    public var id: String
    public var title: String
    public var status: GuidelineStatus.Stage
    @Nullable public var hearingDeadline: String?
    /// Whether a draft's hearing deadline has passed; null when not a draft or no day is known.
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
    public var path: String
    /// The licence its text is published under (content-API documents); JSON leaves it out otherwise.
    public var licence: String? = nil
    public var chapters: [ChapterOutline]
}
