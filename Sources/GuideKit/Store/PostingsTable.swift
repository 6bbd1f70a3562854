/// `postings`: every term FTS5 indexed with its posting list (`PostingList`), what search scores
/// passages from. Derived from all passages: recomputed after a change, never deleted per document.
enum PostingsTable {
    static let ddl = """
    -- Every term FTS5 indexed with its posting list (PostingList), and every passage's length in
    -- tokens as FTS5 counts it for bm25 (PassageValues): what search scores passages from (PassageRanking).
    CREATE TABLE postings(term TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
    """
}

extension IndexStore {
    /// Writes the posting lists, in key order so the b-tree is filled page after page.
    public func writePostings(_ lists: [String: PostingList]) throws {
        let insert = try db.prepare("INSERT INTO postings(term, data) VALUES (?, ?)")
        for term in lists.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            try insert.run([term, SQLValue.blob(lists[term]?.bytes ?? [])])
        }
    }

    /// Writes the posting lists `produce` hands to its sink, which must come in key order (a build's
    /// merged runs), one prepared insert each: the lists are never all held at once.
    public func writePostings(_ produce: ((_ term: String, _ list: PostingList) throws -> Void) throws -> Void) throws {
        let insert = try db.prepare("INSERT INTO postings(term, data) VALUES (?, ?)")
        try produce { term, list in try insert.run([term, SQLValue.blob(list.bytes)]) }
    }

    /// Calls `body` with the encoded posting list of `term`, read in place, if the term is indexed.
    func withPostings(term: String, _ body: (UnsafeRawBufferPointer) -> Void) throws {
        try db.forEachRow("SELECT data FROM postings WHERE term = ?", [term]) { body(try $0.blob("data")) }
    }

    /// Calls `body` with the encoded posting list of every term beginning with `prefix`, in term order.
    func withPostings(termsBeginning prefix: String, _ body: (UnsafeRawBufferPointer) -> Void) throws {
        try db.forEachRow("SELECT data FROM postings WHERE term >= ? AND term < ?", [prefix, FTSExpression.endOfTerms(beginning: prefix)]) {
            body(try $0.blob("data"))
        }
    }
}
