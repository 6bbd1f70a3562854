import Foundation
@testable import GuideKit
import XCTest

/// `IndexStore.deleteDocument` removes one guideline from every table that holds it, and nothing else.
final class StoreDeleteTests: XCTestCase {
    private static let perGuideline = [
        "guidelines": "SELECT count(*) FROM guidelines WHERE id = ?1",
        "chapters": "SELECT count(*) FROM chapters WHERE guideline_id = ?1",
        "articles": "SELECT count(*) FROM articles WHERE guideline_id = ?1",
        "sections": "SELECT count(*) FROM sections s JOIN articles a ON a.key = s.article WHERE a.guideline_id = ?1",
        "checklists": "SELECT count(*) FROM checklists k JOIN articles a ON a.key = k.article WHERE a.guideline_id = ?1",
        "checklist_items": """
            SELECT count(*) FROM checklist_items i JOIN checklists k ON k.id = i.checklist_id
            JOIN articles a ON a.key = k.article WHERE a.guideline_id = ?1
            """,
        "legal_references": "SELECT count(*) FROM legal_references r JOIN articles a ON a.key = r.article WHERE a.guideline_id = ?1",
        "links": "SELECT count(*) FROM links l JOIN articles a ON a.key = l.article WHERE a.guideline_id = ?1",
        "literature": "SELECT count(*) FROM literature l JOIN articles a ON a.key = l.article WHERE a.guideline_id = ?1",
        "statements": "SELECT count(*) FROM statements s JOIN articles a ON a.key = s.article WHERE a.guideline_id = ?1",
        "role_mentions": """
            SELECT count(*) FROM role_mentions m JOIN statements s ON s.id = m.statement_id
            JOIN articles a ON a.key = s.article WHERE a.guideline_id = ?1
            """,
        "passages": "SELECT count(*) FROM passages p JOIN articles a ON a.key = p.article WHERE a.guideline_id = ?1",
    ]

    func testDeletingADocumentRemovesItsRowsOnly() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("guide-delete-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.copyItem(atPath: try TestCorpus.bundledIndexPath.get(), toPath: copy)
        let store = try IndexStore.reopenedCopy(at: copy)
        let ids = try store.guidelines().map(\.id)
        XCTAssertEqual(ids.count, 2)
        let before = try ids.map { try counts(store, $0) }
        // Between them the two guidelines have rows in every table (one has no links, the other no literature).
        XCTAssertTrue(Self.perGuideline.keys.allSatisfy { table in before.contains { $0[table, default: 0] > 0 } }, "\(before)")
        try store.transaction { try store.deleteDocument(guidelineID: ids[0]) }
        XCTAssertEqual(try counts(store, ids[0]).filter { $0.value != 0 }, [:], "rows of the deleted guideline remain")
        XCTAssertEqual(try counts(store, ids[1]), before[1], "rows of the other guideline changed")
    }

    private func counts(_ store: IndexStore, _ guideline: String) throws -> [String: Int] {
        try Self.perGuideline.mapValues { try store.db.firstRow($0, [guideline])?.int(0) ?? -1 }
    }
}
