/// `statements`: every sentence of an article with its norm (Indexer/Structure/Normative) — the
/// title (no section), each sentence of a part, each checklist lead-in and item.
public struct StatementRecord: Sendable, Hashable {
    /// The row id; nil before the record is inserted.
    public var id: Int?
    public var articleID: String
    /// The section's row id; nil for the title.
    public var sectionID: Int?
    /// The checklist's row id, for a lead-in or an item.
    public var checklistID: Int?
    /// The item's place in its checklist.
    public var item: Int?
    public var ordinal: Int
    public var unit: NormativeStatement.Unit
    public var text: String
    /// Where the sentence stands in its section's text, in Unicode scalars.
    public var start: Int
    public var end: Int
    public var norm: Norm
    public var direction: NormDirection?
    /// The word that carries the norm, placed in the sentence.
    public var cue: NormCue?
    public var firstLine: Int
    public var lastLine: Int

    static let ddl = """
    -- Sentences with their norm (Indexer/Structure/Normative): the title (section_id NULL), each
    -- sentence of a part, each checklist lead-in and item. start/end place the sentence in its
    -- section's text (in the article's title for the title), cue_start/cue_end the cue in the
    -- sentence, in Unicode scalars. text is NULL where it is that place of that text (SQLite's
    -- substr counts Unicode scalars too).
    CREATE TABLE statements(
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(key),
        section_id INTEGER REFERENCES sections(id), checklist_id INTEGER REFERENCES checklists(id), item INTEGER,
        ordinal INTEGER NOT NULL, unit TEXT NOT NULL, text TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL,
        norm TEXT NOT NULL, direction TEXT, cue TEXT, cue_start INTEGER, cue_end INTEGER,
        first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    -- Every read of statements names their article (a section's or checklist's through it): one index.
    CREATE INDEX statements_by_article ON statements(article, ordinal);
    """

    /// The text a statement of `statements s` is placed in: its section's, else its article's title.
    static let placedIn = """
        coalesce((SELECT x.text FROM sections x WHERE x.id = s.section_id), (SELECT y.title FROM articles y WHERE y.key = s.article))
        """

    /// A statement's text, read from `statements s`: its own, or its place in `placedIn`.
    static let storedText = "coalesce(s.text, substr(\(placedIn), s.start + 1, s.end - s.start))"

    /// Every column, named `s.<column>`, from `statements s`.
    static let columns = """
        s.id AS "s.id", \(ArticleRecord.id(key: "s.article")) AS "s.article_id", s.section_id AS "s.section_id",
        s.checklist_id AS "s.checklist_id", s.item AS "s.item", s.ordinal AS "s.ordinal", s.unit AS "s.unit", s.start AS "s.start",
        \(storedText) AS "s.text",
        s.end AS "s.end", s.norm AS "s.norm", s.direction AS "s.direction", s.cue AS "s.cue", s.cue_start AS "s.cue_start",
        s.cue_end AS "s.cue_end", s.first_line AS "s.first_line", s.last_line AS "s.last_line"
        """

    /// `sectionID` and `checklistID` are the rows the statement's section and checklist were written to.
    public init(_ s: NormativeStatement, articleID: String, ordinal: Int, sectionID: Int?, checklistID: Int?) {
        id = nil
        self.articleID = articleID
        self.sectionID = sectionID
        self.checklistID = checklistID
        item = s.item
        self.ordinal = ordinal
        unit = s.unit
        text = s.text
        start = s.start
        end = s.end
        norm = s.norm
        direction = s.direction
        cue = s.cue
        firstLine = s.source.firstLine
        lastLine = s.source.lastLine
    }

    init(_ row: some NamedColumns) throws {
        id = try row.int("s.id")
        articleID = try row.text("s.article_id")
        sectionID = try row.optionalInt("s.section_id")
        checklistID = try row.optionalInt("s.checklist_id")
        item = try row.optionalInt("s.item")
        ordinal = try row.int("s.ordinal")
        unit = try row.value("s.unit")
        text = try row.text("s.text")
        start = try row.int("s.start")
        end = try row.int("s.end")
        norm = try row.value("s.norm")
        direction = try row.optionalValue("s.direction")
        if let cue = try row.optionalText("s.cue") {
            // A cue is stored with its place: both NOT NULL when the cue is.
            self.cue = NormCue(text: cue, start: try row.int("s.cue_start"), end: try row.int("s.cue_end"))
        } else {
            cue = nil
        }
        firstLine = try row.int("s.first_line")
        lastLine = try row.int("s.last_line")
    }
}

extension IndexStore {
    /// Inserts the statement; returns its row id.
    public func insert(_ s: StatementRecord) throws -> Int {
        try db.run("""
            INSERT INTO statements(article, section_id, checklist_id, item, ordinal, unit, text, start, end, norm,
                                   direction, cue, cue_start, cue_end, first_line, last_line)
            VALUES (\(ArticleRecord.key(id: "?1")), ?2, ?3, ?4, ?5, ?6,
                    nullif(?7, substr(coalesce((SELECT text FROM sections WHERE id = ?2), (SELECT title FROM articles WHERE id = ?1)),
                                      ?8 + 1, ?9 - ?8)),
                    ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
            """, [s.articleID, s.sectionID, s.checklistID, s.item, s.ordinal, s.unit.rawValue, s.text, s.start, s.end,
                  s.norm.rawValue, s.direction?.rawValue, s.cue?.text, s.cue?.start, s.cue?.end, s.firstLine, s.lastLine])
        return db.lastInsertedRowID
    }

    /// An article's statements in reading order.
    public func statements(articleID: String) throws -> [StatementRecord] {
        try db.rows("""
            SELECT \(StatementRecord.columns) FROM statements s WHERE s.article = \(ArticleRecord.key(id: "?")) ORDER BY s.ordinal
            """, [articleID]).map(StatementRecord.init)
    }

    /// A checklist's statements (its lead-in and items) in reading order.
    public func statements(checklistID: Int) throws -> [StatementRecord] {
        try db.rows("""
            SELECT \(StatementRecord.columns) FROM statements s
            WHERE s.article = (SELECT k.article FROM checklists k WHERE k.id = ?1) AND s.checklist_id = ?1 ORDER BY s.ordinal
            """, [checklistID]).map(StatementRecord.init)
    }

    /// The statements of a passage (its section's sentences, or its checklist's) with one of these
    /// norms, in reading order.
    public func statements(passageID: Int, norms: [Norm]) throws -> [StatementRecord] {
        try db.rows("""
            SELECT \(StatementRecord.columns)
            FROM passages p JOIN statements s ON s.article = p.article AND s.section_id = p.section_id AND s.checklist_id IS p.checklist_id
            WHERE p.id = ? AND s.norm IN (SELECT value FROM json_each(?)) ORDER BY s.ordinal
            """, [passageID, JSONList.strings(norms.map(\.rawValue))]).map(StatementRecord.init)
    }

    /// Which of the passages hold a statement with one of these norms.
    public func passages(among passageIDs: [Int], holding norms: [Norm]) throws -> Set<Int> {
        Set(try db.rows("""
            SELECT DISTINCT p.id AS id FROM passages p JOIN statements s ON s.article = p.article AND s.section_id = p.section_id
            WHERE p.id IN (SELECT value FROM json_each(?)) AND s.norm IN (SELECT value FROM json_each(?))
              AND s.checklist_id IS p.checklist_id
            """, [JSONList.integers(passageIDs), JSONList.strings(norms.map(\.rawValue))]).map { try $0.int("id") })
    }

    func deleteStatements(guidelineID: String) throws {
        try db.run("DELETE FROM statements WHERE article IN \(ArticleRecord.keys(guidelineID: "?"))", [guidelineID])
    }
}
