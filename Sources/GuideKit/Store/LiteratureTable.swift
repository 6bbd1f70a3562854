/// `literature`: an article's reference list, in order.
public struct LiteratureRecord: Sendable, Hashable {
    public var articleID: String
    public var ordinal: Int
    public var text: String
    public var firstLine: Int
    public var lastLine: Int

    static let ddl = """
    CREATE TABLE literature(
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(key), ordinal INTEGER NOT NULL,
        text TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    """

    public init(_ entry: LiteratureReference, articleID: String, ordinal: Int) {
        self.articleID = articleID
        self.ordinal = ordinal
        text = entry.text
        firstLine = entry.source.firstLine
        lastLine = entry.source.lastLine
    }

    init(_ row: some NamedColumns) throws {
        articleID = try row.text("article_id")
        ordinal = try row.int("ordinal")
        text = try row.text("text")
        firstLine = try row.int("first_line")
        lastLine = try row.int("last_line")
    }
}

extension IndexStore {
    public func insert(_ l: LiteratureRecord) throws {
        try db.run("""
            INSERT INTO literature(article, ordinal, text, first_line, last_line)
            VALUES (\(ArticleRecord.key(id: "?1")), ?2, ?3, ?4, ?5)
            """,
                   [l.articleID, l.ordinal, l.text, l.firstLine, l.lastLine])
    }

    /// An article's literature in order.
    public func literature(articleID: String) throws -> [LiteratureRecord] {
        try db.rows("""
            SELECT ?1 AS article_id, ordinal, text, first_line, last_line FROM literature
            WHERE article = \(ArticleRecord.key(id: "?1")) ORDER BY ordinal
            """, [articleID]).map(LiteratureRecord.init)
    }

    func deleteLiterature(guidelineID: String) throws {
        try db.run("DELETE FROM literature WHERE article IN \(ArticleRecord.keys(guidelineID: "?"))", [guidelineID])
    }
}
