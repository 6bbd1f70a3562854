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
        id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), ordinal INTEGER NOT NULL,
        text TEXT, url TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE INDEX links_by_article ON links(article_id, ordinal);
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
        try db.run("INSERT INTO links(article_id, ordinal, text, url, first_line, last_line) VALUES (?, ?, ?, ?, ?, ?)",
                   [l.articleID, l.ordinal, l.text, l.url, l.firstLine, l.lastLine])
    }

    /// An article's links in order.
    public func links(articleID: String) throws -> [LinkRecord] {
        try db.rows("SELECT article_id, ordinal, text, url, first_line, last_line FROM links WHERE article_id = ? ORDER BY ordinal",
                    [articleID]).map(LinkRecord.init)
    }

    func deleteLinks(guidelineID: String) throws {
        try db.run("DELETE FROM links WHERE article_id IN (SELECT id FROM articles WHERE guideline_id = ?)", [guidelineID])
    }
}
