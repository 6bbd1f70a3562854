import Foundation
@testable import GuideKit

/// FTS5 with every detail over an index's passages, tokenized as the index's build tokenized them
/// (compounds split against the index's own words): the oracle for the posting lists, passage
/// lengths and BM25 that search computes itself. The index's own `passages_fts` keeps only which
/// passages hold a term (`detail=none, columnsize=0`).
enum FTS5Reference {
    static let table = "reference"

    /// A private copy of the index at `path`, opened as its build was, holding `reference` beside
    /// the index's own tables. The copy is removed when the process ends (temporary directory).
    static func copy(of path: String) throws -> IndexStore {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("guide-reference-\(UUID().uuidString).sqlite").path
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let store = try IndexStore.reopenedCopy(at: copy)
        try store.db.execute("""
            CREATE VIRTUAL TABLE \(table) USING fts5(heading, text, tokenize='\(IndexSchema.tokenizer)');
            INSERT INTO \(table)(rowid, heading, text) SELECT id, heading, text FROM passages_content;
            """)
        return store
    }
}
