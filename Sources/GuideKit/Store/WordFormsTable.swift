/// `word_forms`: real Bokmål and Nynorsk word forms the corpus lacks but a query correction could
/// reach (`WordFormSelection` in the indexer picks them from the machine's word list at build):
/// a query word found here is searched as typed, never corrected. Which list was read is the
/// `meta` key "wordlist" ("none" when the machine had none). Derived: recomputed per build.
public struct WordFormRecord: Sendable, Hashable {
    /// Lower-cased, as a query word is.
    public var form: String

    public init(form: String) {
        self.form = form
    }

    static let ddl = """
    -- Real word forms the corpus lacks that a query correction could reach: never corrected.
    CREATE TABLE word_forms(form TEXT PRIMARY KEY) WITHOUT ROWID;
    """
}

extension IndexStore {
    /// Inserts the forms with one prepared statement.
    public func insert(_ forms: [WordFormRecord]) throws {
        let insert = try db.prepare("INSERT INTO word_forms(form) VALUES (?)")
        for f in forms { try insert.run([f.form]) }
    }

    /// Every form held, in order.
    public func wordForms() throws -> [String] {
        try db.rows("SELECT form FROM word_forms ORDER BY form").map { try $0.text("form") }
    }

    /// Whether the word is a real word form the corpus lacks.
    func holdsWordForm(_ word: String) throws -> Bool {
        try db.firstRow("SELECT 1 FROM word_forms WHERE form = ?", [word]) != nil
    }
}
