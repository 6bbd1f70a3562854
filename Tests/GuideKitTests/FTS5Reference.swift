@testable import GuideKit

/// FTS5 with every detail over an index's passages, tokenized as the index's: the oracle for the
/// posting lists, passage lengths and BM25 that search computes itself. The index's own
/// `passages_fts` keeps only which passages hold a term (`detail=none, columnsize=0`).
enum FTS5Reference {
    static let table = "reference"

    /// Creates `temp.reference` on this connection (once) and fills it from `passages`.
    static func create(on index: IndexStore) throws {
        guard try index.db.firstRow("SELECT count(*) FROM temp.sqlite_master WHERE name = ?", [table])?.int(0) == 0 else { return }
        try index.db.execute("""
            CREATE VIRTUAL TABLE temp.\(table) USING fts5(heading, text, tokenize='\(IndexSchema.tokenizer)');
            INSERT INTO temp.\(table)(rowid, heading, text) SELECT id, heading, text FROM passages_content;
            """)
    }

    static func drop(on index: IndexStore) {
        try? index.db.execute("DROP TABLE IF EXISTS temp.\(table)")
    }
}
