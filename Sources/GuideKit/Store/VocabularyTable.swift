/// `vocabulary`: every indexed term with its document frequency — exact forms (with their æ ø å-folded
/// spelling, for queries typed without those letters, and their length, for typo correction) and
/// "_"-stems. Copied from FTS5's own vocabulary: recomputed after a change, never deleted per document.
public struct VocabularyRecord: Sendable, Hashable {
    public var term: String
    /// The spelling without æ ø å (`Spelling.folded`); nil for a stem.
    public var folded: String?
    /// In characters.
    public var length: Int
    /// Passages holding the term.
    public var passages: Int

    public init(term: String, folded: String?, length: Int, passages: Int) {
        self.term = term
        self.folded = folded
        self.length = length
        self.passages = passages
    }

    static let ddl = """
    -- Every indexed term with its document frequency: exact forms (with their æ ø å-folded spelling,
    -- for queries typed without those letters, and their length, for typo correction) and "_"-stems.
    CREATE TABLE vocabulary(
        term TEXT PRIMARY KEY, folded TEXT, length INTEGER NOT NULL, docs INTEGER NOT NULL) WITHOUT ROWID;
    -- Only exact forms are looked up by spelling or length: the stems (folded NULL, half the
    -- terms) are left out of both indexes.
    CREATE INDEX vocabulary_by_folded ON vocabulary(folded) WHERE folded IS NOT NULL;
    CREATE INDEX vocabulary_by_length ON vocabulary(length) WHERE folded IS NOT NULL;
    """
}

extension IndexStore {
    /// Inserts the terms with one prepared statement.
    public func insert(_ terms: [VocabularyRecord]) throws {
        let insert = try db.prepare("INSERT INTO vocabulary(term, folded, length, docs) VALUES (?, ?, ?, ?)")
        for t in terms { try insert.run([t.term, t.folded, t.length, t.passages]) }
    }

    /// Whether either term is indexed. Two look-ups, not `term IN (?, ?)`: SQLite builds an IN list
    /// into a temporary index (two zeroed pages), which cost more than the look-ups.
    func holdsTerm(_ term: String, or other: String) throws -> Bool {
        try db.firstRow("SELECT 1 FROM vocabulary WHERE term = ? UNION ALL SELECT 1 FROM vocabulary WHERE term = ? LIMIT 1",
                        [term, other]) != nil
    }

    /// Whether some indexed term begins with `prefix` (and is longer).
    func holdsTerm(beginning prefix: String) throws -> Bool {
        try db.firstRow("SELECT 1 FROM vocabulary WHERE term > ? AND term < ? LIMIT 1",
                        [prefix, FTSExpression.endOfTerms(beginning: prefix)]) != nil
    }

    /// The most common term with this folded spelling, other than the excluded (ties: the first in order).
    func mostCommonTerm(folded: String, excluding excluded: Set<String>) throws -> String? {
        var best: String?
        try db.forEachRow("SELECT term FROM vocabulary WHERE folded = ? ORDER BY docs DESC, term", [folded]) { row in
            let term = try row.text("term")
            if best == nil, !excluded.contains(term) { best = term }
        }
        return best
    }

    /// The exact forms of one length in characters, in term order.
    func exactForms(length: Int) throws -> [VocabularyRecord] {
        var terms: [VocabularyRecord] = []
        try db.forEachRow("SELECT term, folded, docs FROM vocabulary WHERE length = ? AND folded IS NOT NULL", [length]) {
            terms.append(VocabularyRecord(term: try $0.text("term"), folded: try $0.text("folded"), length: length, passages: try $0.int("docs")))
        }
        return terms
    }

    /// Which of the words are indexed terms (each word once: the list drives the join).
    func indexedTerms(among words: [String]) throws -> Set<String> {
        Set(try db.rows("SELECT v.term AS term FROM json_each(?) j JOIN vocabulary v ON v.term = j.value", [JSONList.strings(words)])
            .map { try $0.text("term") })
    }

    /// Every exact form (not the stems): the words compounds were split against at build.
    public func indexedWords() throws -> [String] {
        try db.rows("SELECT term FROM vocabulary WHERE folded IS NOT NULL").map { try $0.text("term") }
    }
}
