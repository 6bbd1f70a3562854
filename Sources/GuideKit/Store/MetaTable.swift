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
    /// Whether the build had a word list (`meta` "wordlist" other than "none"): without one, query
    /// correction cannot tell a real word from a typo. Read once per connection.
    var hasWordList: Bool {
        get throws {
            if let known = cachedHasWordList { return known }
            let has = try metadata("wordlist").map { $0 != "none" } ?? false
            cachedHasWordList = has
            return has
        }
    }
    // Not per document: the build's facts hold for the whole index.
}
