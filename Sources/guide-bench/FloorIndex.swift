import GuideKit

/// The floor our search is measured against: the same SQLite, a bare FTS5 table over the same
/// passages (heading, text) with the stock `unicode61` tokenizer, queried as a naive program
/// would: every typed word quoted and OR-ed (a sentence AND-ed finds nothing), best bm25 first,
/// ten rows. No stems, corrections, synonyms, coverage, grouping, snippets or metadata.
struct FloorIndex {
    static let table = "floor"

    static func sql(_ expression: String) -> String {
        "SELECT rowid, heading, bm25(\(table)) FROM \(table) WHERE \(table) MATCH '\(expression)' ORDER BY bm25(\(table)) LIMIT 10"
    }

    /// The naive expression: letters-and-digits words, each quoted, OR-ed; nil when there are none.
    static func expression(_ query: String) -> String? {
        let words = query.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
        return words.isEmpty ? nil : words.map { "\"\($0)\"" }.joined(separator: " OR ")
    }

    let db: Database
    private let statement: Statement

    /// Builds the floor table at `path` from the passages of our index at `indexPath`.
    static func build(at path: String, from indexPath: String) throws {
        let db = try Database(path: path, mode: .create)
        try db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        try db.execute("CREATE VIRTUAL TABLE \(table) USING fts5(heading, text, tokenize='unicode61')")
        try db.run("ATTACH DATABASE ? AS ours", [indexPath])
        try db.execute("INSERT INTO \(table)(rowid, heading, text) SELECT id, heading, text FROM ours.passages")
        try db.execute("DETACH DATABASE ours")
        try db.execute("INSERT INTO \(table)(\(table)) VALUES ('optimize')")
    }

    init(path: String) throws {
        db = try Database(path: path, mode: .readOnly)
        // Prepared once, as a naive program would keep it; the expression is a bound parameter.
        statement = try db.prepare(
            "SELECT rowid, heading, bm25(\(Self.table)) FROM \(Self.table) WHERE \(Self.table) MATCH ? ORDER BY bm25(\(Self.table)) LIMIT 10")
    }

    func search(_ query: String) throws -> [Row] {
        guard let expression = Self.expression(query) else { return [] }
        return try statement.rows([expression])
    }
}
