/// `meta`: facts about the build ("schema", "tokenizer", "indexer", "indexer_stamp"), one value per key.
struct MetaRecord {
    static let ddl = "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
}

extension IndexStore {
    public func insertMeta(key: String, value: String) throws {
        try db.run("INSERT INTO meta(key, value) VALUES (?, ?)", [key, value])
    }

    /// A value of the index's `meta` table; nil when the key is not there.
    public func metadata(_ key: String) throws -> String? {
        try db.firstRow("SELECT value FROM meta WHERE key = ?", [key]).map { try $0.text("value") }
    }
    // Not per document: the build's facts hold for the whole index.
}
