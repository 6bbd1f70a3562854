import Foundation

/// `articles`: recommendations and text pages, in their chapter's order.
public struct ArticleRecord: Sendable, Hashable {
    public var id: String
    public var guidelineID: String
    public var chapterID: Int
    public var ordinal: Int
    public var kind: Article.Kind
    public var title: String
    public var url: String?
    public var sourcePath: String
    public var firstLine: Int
    public var lastLine: Int

    static let ddl = """
    -- key: the integer the tables below refer to an article by (its text id, repeated in every
    -- sentence and passage row and in their indexes, made those several times larger).
    CREATE TABLE articles(
        key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, guideline_id TEXT NOT NULL REFERENCES guidelines(id),
        chapter_id INTEGER NOT NULL REFERENCES chapters(id), ordinal INTEGER NOT NULL, kind TEXT NOT NULL,
        title TEXT NOT NULL, url TEXT, source_path TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE INDEX articles_by_guideline ON articles(guideline_id, ordinal);
    """

    /// The key of the article whose text id is bound at `parameter` ("?1").
    static func key(id parameter: String) -> String {
        "(SELECT ak.key FROM articles ak WHERE ak.id = \(parameter))"
    }

    /// The text id of the article whose key is in `column` ("s.article").
    static func id(key column: String) -> String {
        "(SELECT ai.id FROM articles ai WHERE ai.key = \(column))"
    }

    /// The keys of a guideline's articles, its id bound at `parameter`.
    static func keys(guidelineID parameter: String) -> String {
        "(SELECT ag.key FROM articles ag WHERE ag.guideline_id = \(parameter))"
    }

    /// Every column, named `a.<column>`, from `articles a`: every read of an article, alone or
    /// joined, reads it with these names.
    static let columns = """
        a.id AS "a.id", a.guideline_id AS "a.guideline_id", a.chapter_id AS "a.chapter_id", a.ordinal AS "a.ordinal",
        a.kind AS "a.kind", a.title AS "a.title", a.url AS "a.url", a.source_path AS "a.source_path",
        a.first_line AS "a.first_line", a.last_line AS "a.last_line"
        """

    public init(_ article: Article, guidelineID: String, chapterID: Int, ordinal: Int) {
        id = article.id
        self.guidelineID = guidelineID
        self.chapterID = chapterID
        self.ordinal = ordinal
        kind = article.kind
        title = article.title
        url = article.url
        sourcePath = article.source.path
        firstLine = article.source.firstLine
        lastLine = article.source.lastLine
    }

    init(_ row: some NamedColumns) throws {
        id = try row.text("a.id")
        guidelineID = try row.text("a.guideline_id")
        chapterID = try row.int("a.chapter_id")
        ordinal = try row.int("a.ordinal")
        kind = try row.value("a.kind")
        title = try row.text("a.title")
        url = try row.optionalText("a.url")
        sourcePath = try row.text("a.source_path")
        firstLine = try row.int("a.first_line")
        lastLine = try row.int("a.last_line")
    }
}

extension IndexStore {
    public func insert(_ a: ArticleRecord) throws {
        try db.run("""
            INSERT INTO articles(id, guideline_id, chapter_id, ordinal, kind, title, url, source_path, first_line, last_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [a.id, a.guidelineID, a.chapterID, a.ordinal, a.kind.rawValue, a.title, a.url, a.sourcePath, a.firstLine, a.lastLine])
    }

    public func article(id: String) throws -> ArticleRecord? {
        try db.firstRow("SELECT \(ArticleRecord.columns) FROM articles a WHERE a.id = ?", [id]).map(ArticleRecord.init)
    }

    /// A chapter's articles in order.
    public func articles(chapterID: Int) throws -> [ArticleRecord] {
        try db.rows("SELECT \(ArticleRecord.columns) FROM articles a WHERE a.chapter_id = ? ORDER BY a.ordinal", [chapterID])
            .map(ArticleRecord.init)
    }

    /// Every article id, in id order.
    public func articleIDs() throws -> [String] {
        try db.rows("SELECT id FROM articles ORDER BY id").map { try $0.text("id") }
    }

    /// The ids of the articles whose guideline id begins with `guidelinePrefix` and whose own id
    /// ends with `suffix`, in id order (a shortened id: "als/1.3").
    public func articleIDs(guidelineBeginning guidelinePrefix: String, idEnding suffix: String) throws -> [String] {
        try db.rows("SELECT id FROM articles WHERE guideline_id LIKE ? ESCAPE '\\' AND id LIKE ? ESCAPE '\\' ORDER BY id",
                    [Self.likeEscaped(guidelinePrefix) + "%", "%" + Self.likeEscaped(suffix)])
            .map { try $0.text("id") }.filter { $0.hasSuffix(suffix) }
    }

    /// The ids that name articles, in corpus order: guideline, chapter, place in the chapter.
    public func inCorpusOrder(_ ids: [String]) throws -> [String] {
        guard !ids.isEmpty else { return [] }
        return try db.rows("""
            SELECT a.id FROM articles a JOIN guidelines g ON g.id = a.guideline_id JOIN chapters c ON c.id = a.chapter_id
            WHERE a.id IN (SELECT value FROM json_each(?))
            ORDER BY g.ordinal, c.number, a.ordinal, a.id
            """, [JSONList.strings(ids)]).map { try $0.text("id") }
    }

    private static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    func deleteArticles(guidelineID: String) throws {
        try db.run("DELETE FROM articles WHERE guideline_id = ?", [guidelineID])
    }
}
