@testable import GuideKit
import XCTest

/// `IndexStore.legalReferences(articleIDs:)`, read for all of a search's hits at once, answers for
/// each id what `legalReferences(articleID:)` answers for it alone.
final class StoreLegalReferencesTests: XCTestCase {
    func testOneListPerIdInOrderAsEachAlone() throws {
        let store = try IndexStore(path: try TestCorpus.bundledIndexPath.get())
        let articles = try store.articleIDs()
        let citing = try articles.filter { !(try store.legalReferences(articleID: $0)).isEmpty }
        XCTAssertTrue(citing.contains { (try? store.legalReferences(articleID: $0).count) ?? 0 > 1 }, "no article cites several provisions")
        // Every article, reversed, with an id repeated and one that is no article.
        let ids = articles.reversed() + [citing[0], "no-such/1.1", citing[0]]
        let batch = try store.legalReferences(articleIDs: ids)
        XCTAssertEqual(batch.count, ids.count)
        for (id, references) in zip(ids, batch) {
            XCTAssertEqual(references, try store.legalReferences(articleID: id), id)
        }
        XCTAssertEqual(try store.legalReferences(articleIDs: []), [])
    }
}
