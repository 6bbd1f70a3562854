import Foundation
import GuideIndexer
import GuideKit
import TestFixtures
import XCTest

/// A front end's path through the library, as the README shows it: a knowledge base over a corpus
/// builds its index on first use, says so through events, answers questions from the store it
/// opens, and opens the same index without rebuilding while the corpus is unchanged.
final class KnowledgeBaseTests: XCTestCase {
    func testOpensBuildsOnceAndAnswersAQuestion() throws {
        let corpus = try TestFixtures.corpusCopy(label: "kb")
        defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }

        var builds = 0
        let base = KnowledgeBase(location: IndexLocation(corpus: corpus.path, index: nil)) { event in
            if case .built = event { builds += 1 }
        }
        let answer = try SearchQuestion("pårørende barn ved ALS", limit: 5).answer(in: try base.open())
        XCTAssertEqual(builds, 1, "the first open builds the index")
        XCTAssertFalse(answer.results.isEmpty)
        XCTAssertLessThanOrEqual(answer.results.count, 5)
        for hit in answer.results {
            XCTAssertTrue(hit.guideline.isHearingDraft, "the bundled guidelines are hearing drafts: \(hit.guideline.id)")
            XCTAssertFalse(hit.source.path.isEmpty)
        }
        let text = SearchRenderer.render(answer, style: TextStyle(colored: false))
        XCTAssertTrue(text.contains("HØRINGSUTKAST"), text)

        _ = try base.open()
        XCTAssertEqual(builds, 1, "an unchanged corpus is not rebuilt")
    }
}
