/// `passages` and its FTS5 index `passages_fts`: what search ranks, one row per section (without
/// its checklists) and per checklist. FTS5 is the index of record (its integrity check, the
/// vocabulary); search and `guide plan` match words in the posting lists written beside it.
public struct PassageRecord: Sendable, Hashable {
    public var articleID: String
    public var sectionID: Int
    /// The checklist's row id, for a checklist's passage.
    public var checklistID: Int?
    public var kind: SectionKind
    /// `Passage.heading`: the article's title and the section's, as FTS5 indexes them in the heading column.
    public var heading: String
    public var text: String
    public var firstLine: Int
    public var lastLine: Int

    public init(articleID: String, sectionID: Int, checklistID: Int?, kind: SectionKind, heading: String, text: String,
                firstLine: Int, lastLine: Int) {
        self.articleID = articleID
        self.sectionID = sectionID
        self.checklistID = checklistID
        self.kind = kind
        self.heading = heading
        self.text = text
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    /// The record of a passage whose section and checklist rows have these ids.
    public init(_ passage: Passage, sectionID: Int, checklistID: Int?) {
        self.init(articleID: passage.articleID, sectionID: sectionID, checklistID: checklistID, kind: passage.kind,
                  heading: passage.heading, text: passage.text, firstLine: passage.source.firstLine,
                  lastLine: passage.source.lastLine)
    }

    /// A passage's text, read from `passages p`: its own, else its section's, or the part of it at
    /// `text_start` (a checklist's lines, a section's paragraphs around its checklists).
    static let storedText = """
        coalesce(p.text, (SELECT iif(p.text_start IS NULL, x.text, substr(x.text, p.text_start + 1, p.text_length))
                          FROM sections x WHERE x.id = p.section_id))
        """

    /// A passage's heading, read from `passages p`: its own, else `Passage.heading` of its article's
    /// title and its section's.
    static let storedHeading = """
        coalesce(p.heading, (SELECT y.title || coalesce(' — ' || x.title, '') FROM sections x JOIN articles y ON y.key = x.article
                             WHERE x.id = p.section_id))
        """

    static let ddl = """
    -- What search ranks: one row per section (without its checklists) and per checklist.
    CREATE TABLE passages(
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(key),
        section_id INTEGER NOT NULL REFERENCES sections(id), checklist_id INTEGER REFERENCES checklists(id),
        kind TEXT NOT NULL, heading TEXT, text TEXT, text_start INTEGER, text_length INTEGER,
        first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    -- Text and heading are stored once: text is NULL where it is its section's text (text_start
    -- NULL) or the part of it text_start and text_length place (Unicode scalars, as SQLite's substr
    -- counts), heading NULL where it is the article's title and the section's joined as
    -- Passage.heading joins them. Read through passages_content, which fills them in.
    CREATE VIEW passages_content AS
        SELECT p.id AS id, \(PassageRecord.storedHeading) AS heading, \(PassageRecord.storedText) AS text FROM passages p;
    -- A guideline's passages, for an in-place update to read, un-index and delete them without a scan.
    CREATE INDEX passages_by_article ON passages(article);
    -- Nothing MATCHes it (search reads its own posting lists): it keeps which passages hold a term
    -- (detail=none), not where or how often, and no column sizes (passage_lengths holds them).
    CREATE VIRTUAL TABLE passages_fts USING fts5(
        heading, text, content='passages_content', content_rowid='id', tokenize='\(IndexSchema.tokenizer)',
        detail=none, columnsize=0);
    -- Every indexed term with its document frequency (copied into vocabulary).
    CREATE VIRTUAL TABLE passages_terms USING fts5vocab(passages_fts, row);
    """
}

/// A passage as a search hit shows it, with its article, chapter and section title: only what a
/// hit shows, read for every hit of every search.
public struct PassageHitRecord: Sendable {
    public var kind: SectionKind
    public var text: String
    public var firstLine: Int
    public var lastLine: Int
    public var articleID: String
    public var guidelineID: String
    public var articleTitle: String
    public var articleKind: Article.Kind
    public var articleURL: String?
    public var sourcePath: String
    public var chapterNumber: Int
    public var chapterTitle: String
    public var sectionTitle: String?

    init(_ row: some NamedColumns) throws {
        kind = try row.value("p.kind")
        text = try row.text("p.text")
        firstLine = try row.int("p.first_line")
        lastLine = try row.int("p.last_line")
        articleID = try row.text("a.id")
        guidelineID = try row.text("a.guideline_id")
        articleTitle = try row.text("a.title")
        articleKind = try row.value("a.kind")
        articleURL = try row.optionalText("a.url")
        sourcePath = try row.text("a.source_path")
        chapterNumber = try row.int("c.number")
        chapterTitle = try row.text("c.title")
        sectionTitle = try row.optionalText("s.title")
    }
}

/// A passage of one article with the rows it was cut from (what a handout cuts a recommendation by).
public struct ArticlePassage: Sendable, Hashable {
    public var id: Int
    public var sectionID: Int
    /// The checklist's row id, for a checklist's passage; nil for a section's paragraphs.
    public var checklistID: Int?
    public var text: String
}

/// Where a passage stands: its checklist, article and guideline (what `guide plan` weighs a word by).
public struct PassagePlace: Sendable, Hashable {
    public var checklistID: Int?
    public var articleID: String
    public var guidelineID: String
}

extension IndexStore {
    /// Inserts the passage under `id` (an in-place update reuses the ids of the passages it replaces),
    /// else under the next free one; returns its id.
    public func insert(_ p: PassageRecord, id: Int? = nil) throws -> Int {
        // instr counts characters as substr does; `at` is 0 where the text is not a part of its section's
        // (one row whether or not the section is there).
        try db.run("""
            INSERT INTO passages(id, article, section_id, checklist_id, kind, heading, text, text_start, text_length, first_line, last_line)
            SELECT ?1, \(ArticleRecord.key(id: "?2")), ?3, ?4, ?5,
                   nullif(?6, (SELECT a.title FROM articles a WHERE a.id = ?2) || coalesce(' — ' || x.title, '')),
                   iif(at = 0, ?7, NULL), iif(at = 0 OR whole, NULL, at - 1), iif(at = 0 OR whole, NULL, length(?7)), ?8, ?9
            FROM (SELECT x.title AS title, x.text = ?7 AS whole, coalesce(instr(x.text, ?7), 0) AS at
                  FROM (SELECT 1) LEFT JOIN sections x ON x.id = ?3) x
            """, [id, p.articleID, p.sectionID, p.checklistID, p.kind.rawValue, p.heading, p.text, p.firstLine, p.lastLine])
        return db.lastInsertedRowID
    }

    /// The passages with these ids, with what a hit shows of each, read with one statement (the ids
    /// drive the join as a JSON list). Read for every search: columns are read in place.
    public func passageHits(ids: [Int]) throws -> [Int: PassageHitRecord] {
        var hits: [Int: PassageHitRecord] = [:]
        try db.forEachRow(Self.passageHitsSQL, [JSONList.integers(ids)]) { row in
            let id = try row.int("p.id")
            hits[id] = try PassageHitRecord(row)
        }
        return hits
    }

    /// An article's passages in reading order (their ids follow it: `Passages`).
    public func passages(articleID: String) throws -> [ArticlePassage] {
        try db.rows("""
            SELECT p.id AS id, p.section_id AS section_id, p.checklist_id AS checklist_id, \(PassageRecord.storedText) AS text
            FROM passages p WHERE p.article = \(ArticleRecord.key(id: "?")) ORDER BY p.id
            """, [articleID]).map { row in
            ArticlePassage(id: try row.int("id"), sectionID: try row.int("section_id"),
                           checklistID: try row.optionalInt("checklist_id"), text: try row.text("text"))
        }
    }

    /// The article of each of the passages, by passage id.
    public func articleIDs(ofPassages ids: [Int]) throws -> [Int: String] {
        var articles: [Int: String] = [:]
        for row in try db.rows("""
            SELECT p.id AS id, a.id AS article_id FROM json_each(?) j JOIN passages p ON p.id = j.value JOIN articles a ON a.key = p.article
            """,
                               [JSONList.integers(ids)]) {
            articles[try row.int("id")] = try row.text("article_id")
        }
        return articles
    }

    /// Made once: the statement cache is keyed by the text.
    private static let passageHitsSQL = """
        SELECT p.id AS "p.id", p.kind AS "p.kind", coalesce(p.text, iif(p.text_start IS NULL, s.text, substr(s.text, p.text_start + 1, p.text_length))) AS "p.text", p.first_line AS "p.first_line", p.last_line AS "p.last_line",
               a.id AS "a.id", a.guideline_id AS "a.guideline_id", a.title AS "a.title", a.kind AS "a.kind", a.url AS "a.url",
               a.source_path AS "a.source_path", c.number AS "c.number", c.title AS "c.title", s.title AS "s.title"
        FROM json_each(?) j JOIN passages p ON p.id = j.value JOIN articles a ON a.key = p.article
        JOIN chapters c ON c.id = a.chapter_id JOIN sections s ON s.id = p.section_id
        """

    /// Where each of the passages stands, by passage id, read with one statement (the ids drive the join).
    public func passagePlaces(ids: [Int]) throws -> [Int: PassagePlace] {
        var places: [Int: PassagePlace] = [:]
        try db.forEachRow("""
            SELECT p.id AS id, p.checklist_id AS checklist_id, a.id AS article_id, a.guideline_id AS guideline_id
            FROM json_each(?) j JOIN passages p ON p.id = j.value JOIN articles a ON a.key = p.article
            """, [JSONList.integers(ids)]) { row in
            places[try row.int("id")] = PassagePlace(checklistID: try row.optionalInt("checklist_id"), articleID: try row.text("article_id"),
                                                     guidelineID: try row.text("guideline_id"))
        }
        return places
    }

    /// Reading a passage proves the tables are there.
    func checkPassagesReadable() throws {
        _ = try db.firstRow("SELECT id FROM passages LIMIT 1")
    }

    /// Fills the external-content FTS table from the passages in one pass (after a change too).
    public func rebuildFullTextIndex() throws {
        try db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('rebuild')")
    }

    /// Merges the FTS index's segments into one, once everything is written, and gives back the
    /// merge settings an in-place update works with (`bulkFullTextSettings` changed them).
    public func optimizeFullTextIndex() throws {
        try db.execute("INSERT INTO passages_fts(passages_fts) VALUES ('optimize')")
        try db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('automerge', 4)")
        try db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('crisismerge', 16)")
    }

    /// For a build, which optimizes once at the end: no merging of segments while they are written
    /// (https://sqlite.org/fts5.html#the_automerge_configuration_option), and crisis merges only
    /// when very many pile up.
    public func bulkFullTextSettings() throws {
        try db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('automerge', 0)")
        try db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('crisismerge', 64)")
    }

    /// Calls `body` with every passage's id, heading, text and article, in id order (a build makes
    /// the posting lists from them, after the rows are written and the compound vocabulary is known).
    public func forEachPassageText(_ body: (_ id: Int, _ heading: String, _ text: String, _ articleID: String) throws -> Void) throws {
        try db.forEachRow("""
            SELECT p.id AS id, \(PassageRecord.storedHeading) AS heading, \(PassageRecord.storedText) AS text,
                   \(ArticleRecord.id(key: "p.article")) AS article_id
            FROM passages p ORDER BY p.id
            """) { row in
            try body(try row.int("id"), try row.text("heading"), try row.text("text"), try row.text("article_id"))
        }
    }

    /// FTS5's own check, comparing the full-text index with the passages it was built from
    /// (https://sqlite.org/fts5.html#the_integrity_check_command); FTS5 runs it as a write.
    func checkFullTextIntegrity() throws {
        try db.execute("PRAGMA journal_mode = OFF")
        try db.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES ('integrity-check', 1)")
    }

    /// Every term FTS5 indexed with the number of passages holding it.
    public func indexedTerms() throws -> [(term: String, passages: Int)] {
        try db.rows("SELECT term, doc FROM passages_terms").map { (try $0.text("term"), try $0.int("doc")) }
    }

    func deletePassages(guidelineID: String) throws {
        // passages_fts has external content: it is rebuilt after a change (`rebuildFullTextIndex`).
        try db.run("DELETE FROM passages WHERE article IN \(ArticleRecord.keys(guidelineID: "?"))", [guidelineID])
    }
}

/// What search's ordering rules need of a candidate passage beyond its score: its part, its
/// article's kind (a text page or a recommendation), and whether it is a checklist.
public struct PassageRankingFacts: Sendable {
    public var kind: SectionKind
    public var articleKind: Article.Kind
    public var isChecklist: Bool
    /// What its checklist is about, when it is one with a topic stored.
    public var checklistTopic: ChecklistTopic? = nil
    /// Its guideline's id (nil only in tests that order bare scores).
    public var guidelineID: String? = nil
}

extension IndexStore {
    /// The ranking facts of the passages with these ids, read with one statement (the ids drive the join).
    public func passageRankingFacts(ids: [Int]) throws -> [Int: PassageRankingFacts] {
        var facts: [Int: PassageRankingFacts] = [:]
        try db.forEachRow("""
            SELECT p.id AS id, p.kind AS kind, p.checklist_id AS checklist_id, a.kind AS article_kind, c.topic AS topic,
                a.guideline_id AS guideline_id
            FROM json_each(?) j JOIN passages p ON p.id = j.value JOIN articles a ON a.key = p.article
            LEFT JOIN checklists c ON c.id = p.checklist_id
            """, [JSONList.integers(ids)]) { row in
            facts[try row.int("id")] = PassageRankingFacts(kind: try row.value("kind"), articleKind: try row.value("article_kind"),
                                                           isChecklist: try row.optionalInt("checklist_id") != nil || (try row.value("kind") as SectionKind) == .checklist,
                                                           checklistTopic: try row.optionalValue("topic"),
                                                           guidelineID: try row.text("guideline_id"))
        }
        return facts
    }
}
