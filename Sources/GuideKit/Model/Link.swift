/// A hyperlink: its address and, where the text keeps it, the words that carried it.
public struct Link: Sendable, Hashable, Codable {
    public var text: String?
    public var url: String
    public var source: SourceSpan

    public init(text: String? = nil, url: String, source: SourceSpan) {
        self.text = text
        self.url = url
        self.source = source
    }
}

/// One entry of an article's literature list, as written.
public struct LiteratureReference: Sendable, Hashable, Codable {
    public var text: String
    public var source: SourceSpan

    public init(text: String, source: SourceSpan) {
        self.text = text
        self.source = source
    }
}
