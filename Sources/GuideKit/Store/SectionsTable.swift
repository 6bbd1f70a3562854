/// `sections`: an article's parts (statement, practical, rationale, sub-headed parts), in order.
public struct SectionRecord: Sendable, Hashable {
    /// The row id; nil before the record is inserted.
    public var id: Int?
    public var articleID: String
    public var ordinal: Int
    public var title: String?
    public var kind: SectionKind
    public var text: String
    public var firstLine: Int
    public var lastLine: Int

    static let ddl = """
    CREATE TABLE sections(
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(key), ordinal INTEGER NOT NULL,
        title TEXT, kind TEXT NOT NULL, text TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE INDEX sections_by_article ON sections(article, ordinal);
    """

    /// Every column, named as the record reads them, from `sections`.
    static let columns = """
        id, \(ArticleRecord.id(key: "article")) AS article_id, ordinal, title, kind, text, first_line, last_line
        """

    public init(_ section: Section, articleID: String, ordinal: Int) {
        id = nil
        self.articleID = articleID
        self.ordinal = ordinal
        title = section.title
        kind = section.kind
        text = section.text
        firstLine = section.source.firstLine
        lastLine = section.source.lastLine
    }

    init(_ row: some NamedColumns) throws {
        id = try row.int("id")
        articleID = try row.text("article_id")
        ordinal = try row.int("ordinal")
        title = try row.optionalText("title")
        kind = try row.value("kind")
        text = try row.text("text")
        firstLine = try row.int("first_line")
        lastLine = try row.int("last_line")
    }
}

extension IndexStore {
    /// Inserts the section; returns its row id.
    public func insert(_ s: SectionRecord) throws -> Int {
        try db.run("""
            INSERT INTO sections(article, ordinal, title, kind, text, first_line, last_line)
            VALUES (\(ArticleRecord.key(id: "?1")), ?2, ?3, ?4, ?5, ?6, ?7)
            """,
                   [s.articleID, s.ordinal, s.title, s.kind.rawValue, s.text, s.firstLine, s.lastLine])
        return db.lastInsertedRowID
    }

    /// An article's sections in order.
    public func sections(articleID: String) throws -> [SectionRecord] {
        try db.rows("""
            SELECT \(SectionRecord.columns) FROM sections WHERE article = \(ArticleRecord.key(id: "?")) ORDER BY ordinal
            """, [articleID]).map(SectionRecord.init)
    }

    public func section(id: Int) throws -> SectionRecord? {
        try db.firstRow("SELECT \(SectionRecord.columns) FROM sections WHERE id = ?", [id])
            .map(SectionRecord.init)
    }

    func deleteSections(guidelineID: String) throws {
        try db.run("DELETE FROM sections WHERE article IN \(ArticleRecord.keys(guidelineID: "?"))", [guidelineID])
    }
}
