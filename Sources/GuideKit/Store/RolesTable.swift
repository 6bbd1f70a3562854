/// `roles`, `role_names` and `role_mentions`: the role lexicon (Indexer/Resources/roles.tsv),
/// copied so that questions resolve "fastlegen" or "ALS-koordinatoren" as the indexer does (names
/// keyed by their words' stems, `RoleName.key`), and each role named in a statement.
public struct RoleRecord: Sendable, Hashable {
    public var name: String
    public var ordinal: Int

    public init(name: String, ordinal: Int) {
        self.name = name
        self.ordinal = ordinal
    }

    static let ddl = """
    -- The role lexicon (Indexer/Resources/roles.tsv), copied so that queries resolve "fastlegen" or
    -- "ALS-koordinatoren" as the indexer does: names keyed by their words' stems (RoleLexicon.key).
    CREATE TABLE roles(name TEXT PRIMARY KEY, ordinal INTEGER NOT NULL);
    CREATE TABLE role_names(key TEXT PRIMARY KEY, role TEXT NOT NULL REFERENCES roles(name), form TEXT NOT NULL) WITHOUT ROWID;
    -- Each role named in a statement, in the order named (ordinal); actor = 1 when the role is the
    -- one to act. start/end place the words in the statement's text (Unicode scalars); text is NULL
    -- where it is that place. Keyed by statement: an article's mentions are its statements'.
    CREATE TABLE role_mentions(
        statement_id INTEGER NOT NULL REFERENCES statements(id), ordinal INTEGER NOT NULL,
        role TEXT NOT NULL REFERENCES roles(name), text TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL,
        actor INTEGER NOT NULL, PRIMARY KEY (statement_id, ordinal)) WITHOUT ROWID;
    -- Where a role acts (the only mentions looked up by role).
    CREATE INDEX mentions_by_acting_role ON role_mentions(role) WHERE actor = 1;
    """
}

/// A name of a role in any listed form, keyed as `RoleName.key` keys it.
public struct RoleNameRecord: Sendable, Hashable {
    public var key: String
    public var role: String
    public var form: String

    public init(key: String, role: String, form: String) {
        self.key = key
        self.role = role
        self.form = form
    }
}

/// A role named in a statement.
public struct RoleMentionRecord: Sendable, Hashable {
    public var statementID: Int
    /// Its place among its statement's mentions.
    public var ordinal: Int
    public var articleID: String
    public var mention: RoleMention

    public init(_ mention: RoleMention, statementID: Int, ordinal: Int, articleID: String) {
        self.statementID = statementID
        self.ordinal = ordinal
        self.articleID = articleID
        self.mention = mention
    }

    /// Every column, named `m.<column>`, from `role_mentions m` joined to its `statements s`.
    static let columns = """
        m.statement_id AS "m.statement_id", m.ordinal AS "m.ordinal", \(ArticleRecord.id(key: "s.article")) AS "m.article_id",
        m.role AS "m.role", coalesce(m.text, substr(\(StatementRecord.storedText), m.start + 1, m.end - m.start)) AS "m.text",
        m.start AS "m.start", m.end AS "m.end", m.actor AS "m.actor"
        """

    init(_ row: some NamedColumns) throws {
        statementID = try row.int("m.statement_id")
        ordinal = try row.int("m.ordinal")
        articleID = try row.text("m.article_id")
        mention = RoleMention(role: try row.text("m.role"), text: try row.text("m.text"), start: try row.int("m.start"),
                              end: try row.int("m.end"), actor: try row.bool("m.actor"))
    }
}

extension IndexStore {
    public func insert(_ role: RoleRecord) throws {
        try db.run("INSERT INTO roles(name, ordinal) VALUES (?, ?)", [role.name, role.ordinal])
    }

    /// Inserts the name unless its key is taken (two forms of one role may share a key).
    public func insert(_ name: RoleNameRecord) throws {
        try db.run("INSERT OR IGNORE INTO role_names(key, role, form) VALUES (?, ?, ?)", [name.key, name.role, name.form])
    }

    public func insert(_ m: RoleMentionRecord) throws {
        // The statement is written first: its text, as read back, is what the mention's place is compared with.
        try db.run("""
            INSERT INTO role_mentions(statement_id, ordinal, role, text, start, end, actor)
            VALUES (?1, ?2, ?3, nullif(?4, (SELECT substr(\(StatementRecord.storedText), ?5 + 1, ?6 - ?5) FROM statements s WHERE s.id = ?1)),
                    ?5, ?6, ?7)
            """, [m.statementID, m.ordinal, m.mention.role, m.mention.text, m.mention.start, m.mention.end, m.mention.actor ? 1 : 0])
    }

    /// Every known role's name, in the lexicon's order.
    public func roleNames() throws -> [String] {
        try db.rows("SELECT name FROM roles ORDER BY ordinal").map { try $0.text("name") }
    }

    /// The role a key stands for.
    public func role(key: String) throws -> String? {
        try db.firstRow("SELECT role FROM role_names WHERE key = ?", [key]).map { try $0.text("role") }
    }

    /// Every name form, by key.
    public func roleNameForms() throws -> [RoleNameRecord] {
        try db.rows("SELECT key, role, form FROM role_names ORDER BY key").map {
            RoleNameRecord(key: try $0.text("key"), role: try $0.text("role"), form: try $0.text("form"))
        }
    }

    /// The role mentions of an article's statements, in the order written.
    public func roleMentions(articleID: String) throws -> [RoleMentionRecord] {
        try db.rows("""
            SELECT \(RoleMentionRecord.columns) FROM statements s JOIN role_mentions m ON m.statement_id = s.id
            WHERE s.article = \(ArticleRecord.key(id: "?")) ORDER BY m.statement_id, m.ordinal
            """, [articleID]).map(RoleMentionRecord.init)
    }

    /// The articles in which a role is the one to act somewhere.
    public func articles(inWhichActs role: String) throws -> Set<String> {
        Set(try db.rows("""
            SELECT DISTINCT a.id AS article_id FROM role_mentions m JOIN statements s ON s.id = m.statement_id
            JOIN articles a ON a.key = s.article WHERE m.role = ? AND m.actor = 1
            """, [role]).map { try $0.text("article_id") })
    }

    /// Every mention with the statement it stands in.
    public func roleMentionsWithStatements() throws -> [(mention: RoleMentionRecord, statement: StatementRecord)] {
        try db.rows("""
            SELECT \(RoleMentionRecord.columns), \(StatementRecord.columns)
            FROM role_mentions m JOIN statements s ON s.id = m.statement_id ORDER BY m.statement_id, m.ordinal
            """).map { (try RoleMentionRecord($0), try StatementRecord($0)) }
    }

    /// The statements in which a role is the one to act, with their section's kind and title (nil
    /// for the title), in corpus order: guideline, chapter, article, reading order.
    public func statements(actedInBy role: String) throws -> [(statement: StatementRecord, sectionKind: SectionKind?, sectionTitle: String?)] {
        try db.rows("""
            SELECT \(StatementRecord.columns), sec.kind AS section_kind, sec.title AS section_title
            FROM statements s JOIN articles a ON a.key = s.article JOIN guidelines g ON g.id = a.guideline_id
            JOIN chapters c ON c.id = a.chapter_id LEFT JOIN sections sec ON sec.id = s.section_id
            WHERE s.id IN (SELECT statement_id FROM role_mentions WHERE role = ? AND actor = 1)
            ORDER BY g.ordinal, c.number, a.ordinal, s.ordinal
            """, [role]).map { (try StatementRecord($0), try $0.optionalValue("section_kind"), try $0.optionalText("section_title")) }
    }

    func deleteRoleMentions(guidelineID: String) throws {
        try db.run("""
            DELETE FROM role_mentions WHERE statement_id IN (SELECT id FROM statements WHERE article IN \(ArticleRecord.keys(guidelineID: "?")))
            """, [guidelineID])
    }
}
