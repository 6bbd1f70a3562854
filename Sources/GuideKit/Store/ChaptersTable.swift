/// `chapters`: a guideline's chapters, numbered as published.
public struct ChapterRecord: Sendable, Hashable {
    /// The row id; nil before the record is inserted.
    public var id: Int?
    public var guidelineID: String
    public var number: Int
    public var title: String
    public var firstLine: Int
    public var lastLine: Int

    static let ddl = """
    CREATE TABLE chapters(
        id INTEGER PRIMARY KEY, guideline_id TEXT NOT NULL REFERENCES guidelines(id), number INTEGER NOT NULL,
        title TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    """

    /// Every column, named `c.<column>`, from `chapters c`.
    static let columns = """
        c.id AS "c.id", c.guideline_id AS "c.guideline_id", c.number AS "c.number", c.title AS "c.title",
        c.first_line AS "c.first_line", c.last_line AS "c.last_line"
        """

    public init(_ chapter: Chapter, guidelineID: String) {
        id = nil
        self.guidelineID = guidelineID
        number = chapter.number
        title = chapter.title
        firstLine = chapter.source.firstLine
        lastLine = chapter.source.lastLine
    }

    init(_ row: some NamedColumns) throws {
        id = try row.int("c.id")
        guidelineID = try row.text("c.guideline_id")
        number = try row.int("c.number")
        title = try row.text("c.title")
        firstLine = try row.int("c.first_line")
        lastLine = try row.int("c.last_line")
    }
}

extension IndexStore {
    /// Inserts the chapter; returns its row id.
    public func insert(_ c: ChapterRecord) throws -> Int {
        try db.run("INSERT INTO chapters(guideline_id, number, title, first_line, last_line) VALUES (?, ?, ?, ?, ?)",
                   [c.guidelineID, c.number, c.title, c.firstLine, c.lastLine])
        return db.lastInsertedRowID
    }

    public func chapter(id: Int) throws -> ChapterRecord? {
        try db.firstRow("SELECT \(ChapterRecord.columns) FROM chapters c WHERE c.id = ?", [id]).map(ChapterRecord.init)
    }

    /// A guideline's chapters by number.
    public func chapters(guidelineID: String) throws -> [ChapterRecord] {
        try db.rows("SELECT \(ChapterRecord.columns) FROM chapters c WHERE c.guideline_id = ? ORDER BY c.number", [guidelineID])
            .map(ChapterRecord.init)
    }

    func deleteChapters(guidelineID: String) throws {
        try db.run("DELETE FROM chapters WHERE guideline_id = ?", [guidelineID])
    }
}
