/// `checklists` and `checklist_items`: an article's checklists (what each is about, read from its
/// lead-in when the index is built) and their items, nested.
public struct ChecklistRecord: Sendable, Hashable {
    /// The row id; nil before the record is inserted.
    public var id: Int?
    public var articleID: String
    public var sectionID: Int
    public var ordinal: Int
    public var leadIn: String
    public var firstLine: Int
    public var lastLine: Int
    public var topic: ChecklistTopic
    /// The plan it is about ("individuell plan"), when it names one.
    public var plan: String?

    static let ddl = """
    CREATE TABLE checklists(
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(key),
        section_id INTEGER NOT NULL REFERENCES sections(id), ordinal INTEGER NOT NULL, lead_in TEXT NOT NULL,
        first_line INTEGER NOT NULL, last_line INTEGER NOT NULL,
        -- What the list is about (ChecklistTopic: plan, tasks, questions, assessment, other) and the
        -- plan it is about ("individuell plan"), both read from its lead-in when the index is built.
        topic TEXT NOT NULL DEFAULT 'other', plan_kind TEXT);
    -- An item's text is NULL where it is the part of its checklist's section's text that text_start
    -- and text_length place (Unicode scalars, as SQLite's substr counts): the section holds the
    -- checklist's lines.
    CREATE TABLE checklist_items(
        id INTEGER PRIMARY KEY, checklist_id INTEGER NOT NULL REFERENCES checklists(id),
        parent_id INTEGER REFERENCES checklist_items(id), ordinal INTEGER NOT NULL, depth INTEGER NOT NULL,
        text TEXT, text_start INTEGER, text_length INTEGER, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE INDEX checklists_by_article ON checklists(article, ordinal);
    CREATE INDEX checklists_by_topic ON checklists(topic);
    CREATE INDEX items_by_checklist ON checklist_items(checklist_id, ordinal);
    """

    static let columns = """
        k.id AS "k.id", \(ArticleRecord.id(key: "k.article")) AS "k.article_id", k.section_id AS "k.section_id", k.ordinal AS "k.ordinal",
        k.lead_in AS "k.lead_in", k.first_line AS "k.first_line", k.last_line AS "k.last_line", k.topic AS "k.topic",
        k.plan_kind AS "k.plan_kind"
        """

    public init(_ checklist: Checklist, articleID: String, sectionID: Int, ordinal: Int) {
        id = nil
        self.articleID = articleID
        self.sectionID = sectionID
        self.ordinal = ordinal
        leadIn = checklist.leadIn
        firstLine = checklist.source.firstLine
        lastLine = checklist.source.lastLine
        topic = checklist.topic
        plan = checklist.plan
    }

    init(_ row: some NamedColumns) throws {
        id = try row.int("k.id")
        articleID = try row.text("k.article_id")
        sectionID = try row.int("k.section_id")
        ordinal = try row.int("k.ordinal")
        leadIn = try row.text("k.lead_in")
        firstLine = try row.int("k.first_line")
        lastLine = try row.int("k.last_line")
        topic = try row.value("k.topic")
        plan = try row.optionalText("k.plan_kind")
    }
}

public struct ChecklistItemRecord: Sendable, Hashable {
    /// The row id; nil before the record is inserted.
    public var id: Int?
    public var checklistID: Int
    public var parentID: Int?
    public var ordinal: Int
    public var depth: Int
    public var text: String
    public var firstLine: Int
    public var lastLine: Int

    public init(_ item: ChecklistItem, checklistID: Int, parentID: Int?, ordinal: Int, depth: Int) {
        id = nil
        self.checklistID = checklistID
        self.parentID = parentID
        self.ordinal = ordinal
        self.depth = depth
        text = item.text
        firstLine = item.source.firstLine
        lastLine = item.source.lastLine
    }

    init(_ row: some NamedColumns) throws {
        id = try row.int("id")
        checklistID = try row.int("checklist_id")
        parentID = try row.optionalInt("parent_id")
        ordinal = try row.int("ordinal")
        depth = try row.int("depth")
        text = try row.text("text")
        firstLine = try row.int("first_line")
        lastLine = try row.int("last_line")
    }
}

extension IndexStore {
    /// Inserts the checklist; returns its row id.
    public func insert(_ k: ChecklistRecord) throws -> Int {
        try db.run("""
            INSERT INTO checklists(article, section_id, ordinal, lead_in, first_line, last_line, topic, plan_kind)
            VALUES (\(ArticleRecord.key(id: "?1")), ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """, [k.articleID, k.sectionID, k.ordinal, k.leadIn, k.firstLine, k.lastLine, k.topic.rawValue, k.plan])
        return db.lastInsertedRowID
    }

    /// Inserts the item; returns its row id.
    public func insert(_ i: ChecklistItemRecord) throws -> Int {
        // `at` is 0 where the text is not a part of the section's (one row whether or not the section is there).
        try db.run("""
            INSERT INTO checklist_items(checklist_id, parent_id, ordinal, depth, text, text_start, text_length, first_line, last_line)
            SELECT ?1, ?2, ?3, ?4, iif(at = 0, ?5, NULL), iif(at = 0, NULL, at - 1), iif(at = 0, NULL, length(?5)), ?6, ?7
            FROM (SELECT coalesce(instr(x.text, ?5), 0) AS at
                  FROM (SELECT 1) LEFT JOIN checklists k ON k.id = ?1 LEFT JOIN sections x ON x.id = k.section_id)
            """, [i.checklistID, i.parentID, i.ordinal, i.depth, i.text, i.firstLine, i.lastLine])
        return db.lastInsertedRowID
    }

    public func checklist(id: Int) throws -> ChecklistRecord? {
        try db.firstRow("SELECT \(ChecklistRecord.columns) FROM checklists k WHERE k.id = ?", [id]).map(ChecklistRecord.init)
    }

    /// An article's checklists in order.
    public func checklists(articleID: String) throws -> [ChecklistRecord] {
        try db.rows("""
            SELECT \(ChecklistRecord.columns) FROM checklists k WHERE k.article = \(ArticleRecord.key(id: "?")) ORDER BY k.ordinal
            """, [articleID]).map(ChecklistRecord.init)
    }

    /// The checklists of any of `topics` (those of `topicsNamingAPlan` only when they name a plan),
    /// with their guideline, in corpus order: guideline, chapter, article, place in the article.
    public func checklists(topics: [ChecklistTopic], topicsNamingAPlan: [ChecklistTopic])
        throws -> [(checklist: ChecklistRecord, guidelineID: String)] {
        try db.rows("""
            SELECT \(ChecklistRecord.columns), a.guideline_id AS guideline_id
            FROM checklists k JOIN articles a ON a.key = k.article JOIN chapters c ON c.id = a.chapter_id
            JOIN guidelines g ON g.id = a.guideline_id
            WHERE k.topic IN (SELECT value FROM json_each(?1))
               OR (k.topic IN (SELECT value FROM json_each(?2)) AND k.plan_kind IS NOT NULL)
            ORDER BY g.ordinal, c.number, a.ordinal, k.ordinal
            """, [JSONList.strings(topics.map(\.rawValue)), JSONList.strings(topicsNamingAPlan.map(\.rawValue))]).map {
            (try ChecklistRecord($0), try $0.text("guideline_id"))
        }
    }

    /// A checklist's items, by depth and then place (parents before their children).
    public func items(checklistID: Int) throws -> [ChecklistItemRecord] {
        try db.rows("""
            SELECT i.id AS id, i.checklist_id AS checklist_id, i.parent_id AS parent_id, i.ordinal AS ordinal, i.depth AS depth,
                   coalesce(i.text, (SELECT substr(x.text, i.text_start + 1, i.text_length) FROM checklists k JOIN sections x ON x.id = k.section_id
                                     WHERE k.id = i.checklist_id)) AS text,
                   i.first_line AS first_line, i.last_line AS last_line
            FROM checklist_items i WHERE i.checklist_id = ? ORDER BY i.depth, i.ordinal
            """, [checklistID]).map(ChecklistItemRecord.init)
    }

    func deleteChecklists(guidelineID: String) throws {
        try db.run("""
            DELETE FROM checklist_items WHERE checklist_id IN
                (SELECT k.id FROM checklists k JOIN articles a ON a.key = k.article WHERE a.guideline_id = ?)
            """, [guidelineID])
        try db.run("DELETE FROM checklists WHERE article IN \(ArticleRecord.keys(guidelineID: "?"))", [guidelineID])
    }
}
