/// `links`: the addresses an article links to, in order.
public struct LinkRecord: Sendable, Hashable {
    public var articleID: String
    public var ordinal: Int
    public var text: String?
    public var url: String
    public var firstLine: Int
    public var lastLine: Int

    static let ddl = """
    CREATE TABLE links(
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(key), ordinal INTEGER NOT NULL,
        text TEXT, url TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE INDEX links_by_article ON links(article, ordinal);
    """

    public init(_ link: Link, articleID: String, ordinal: Int) {
        self.articleID = articleID
        self.ordinal = ordinal
        text = link.text
        url = link.url
        firstLine = link.source.firstLine
        lastLine = link.source.lastLine
    }

    init(_ row: some NamedColumns) throws {
        articleID = try row.text("article_id")
        ordinal = try row.int("ordinal")
        text = try row.optionalText("text")
        url = try row.text("url")
        firstLine = try row.int("first_line")
        lastLine = try row.int("last_line")
    }
}

extension IndexStore {
    public func insert(_ l: LinkRecord) throws {
        try db.run("""
            INSERT INTO links(article, ordinal, text, url, first_line, last_line)
            VALUES (\(ArticleRecord.key(id: "?1")), ?2, ?3, ?4, ?5, ?6)
            """,
                   [l.articleID, l.ordinal, l.text, l.url, l.firstLine, l.lastLine])
    }

    /// An article's links in order.
    public func links(articleID: String) throws -> [LinkRecord] {
        try db.rows("""
            SELECT ?1 AS article_id, ordinal, text, url, first_line, last_line FROM links
            WHERE article = \(ArticleRecord.key(id: "?1")) ORDER BY ordinal
            """, [articleID]).map(LinkRecord.init)
    }

    func deleteLinks(guidelineID: String) throws {
        try db.run("DELETE FROM links WHERE article IN \(ArticleRecord.keys(guidelineID: "?"))", [guidelineID])
    }
}
