/// A chapter of a guideline: a titled group of articles (recommendations or text pages).
public struct Chapter: Sendable, Hashable, Codable {
    /// 1-based position in the guideline.
    public var number: Int
    public var title: String
    public var articles: [Article]
    public var source: SourceSpan

    public init(number: Int, title: String, articles: [Article] = [], source: SourceSpan) {
        self.number = number
        self.title = title
        self.articles = articles
        self.source = source
    }
}
