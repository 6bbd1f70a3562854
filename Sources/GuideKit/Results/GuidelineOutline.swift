/// A guideline's table of contents, as `guide list` prints it.
public struct GuidelineOutline: Sendable, Codable {
    public struct ChapterOutline: Sendable, Codable {
        public var number: Int
        public var title: String
        public var recommendations: [ArticleSummary]
    }

    public var id: String
    public var title: String
    public var status: String
    public var hearingDeadline: String?
    public var kind: String?
    public var publisher: String?
    public var url: String?
    public var path: String
    public var chapters: [ChapterOutline]
}
