/// The floor `guide-bench` measures search against, in a file of its own: the same SQLite, a bare
/// FTS5 table over the same passages (heading, text) with the stock `unicode61` tokenizer, queried
/// as a naive program would: best bm25 first, ten rows, the statement prepared once.
public final class FloorStore {
    static let table = "floor"

    /// The query `sqlite3` runs for the whole-process comparison, with the expression written in.
    public static func sql(_ expression: String) -> String {
        "SELECT rowid, heading, bm25(\(table)) FROM \(table) WHERE \(table) MATCH '\(expression)' ORDER BY bm25(\(table)) LIMIT 10"
    }

    /// Builds the floor table at `path` from the passages of the index at `indexPath`.
    public static func build(at path: String, from indexPath: String) throws {
        let db = try Database(path: path, mode: .create)
        try db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        try db.execute("CREATE VIRTUAL TABLE \(table) USING fts5(heading, text, tokenize='unicode61')")
        try db.run("ATTACH DATABASE ? AS ours", [indexPath])
        try db.execute("INSERT INTO \(table)(rowid, heading, text) SELECT id, heading, text FROM ours.passages_content")
        try db.execute("DETACH DATABASE ours")
        try db.execute("INSERT INTO \(table)(\(table)) VALUES ('optimize')")
    }

    private let db: Database
    private let statement: Statement

    public init(path: String) throws {
        db = try Database(path: path, mode: .readOnly)
        // Prepared once, as a naive program would keep it; the expression is a bound parameter.
        statement = try db.prepare(
            "SELECT rowid, heading, bm25(\(Self.table)) FROM \(Self.table) WHERE \(Self.table) MATCH ? ORDER BY bm25(\(Self.table)) LIMIT 10")
    }

    /// The ten best rows for an FTS5 expression.
    public func search(_ expression: String) throws -> [Row] {
        try statement.rows([expression])
    }
}
