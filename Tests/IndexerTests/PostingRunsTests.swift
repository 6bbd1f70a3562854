import Foundation
@testable import GuideKit
@testable import GuideIndexer
import TestFixtures
import XCTest

/// A build makes its posting lists in runs under a memory budget, spilled to files and merged: the
/// lists search scores from must be the same whatever the budget, and no run file may be left behind.
final class PostingRunsTests: XCTestCase {
    func testListsSpilledInManyRunsEqualTheListsOfOneBuild() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("posting-runs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let corpus = try TestFixtures.corpusCopy(label: "posting-runs")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let built = work.appendingPathComponent("index.sqlite").path
        _ = try IndexBuilder.build(corpus: corpus, into: built)

        let index = try IndexStore(path: built)
        let analyzer = NorwegianAnalyzer(decompounder: Decompounder(vocabulary: try index.splitVocabulary()))
        // 4 KB spills after nearly every passage; 150 KB leaves a last run in memory that is spilled at the end.
        for budget in [4_000, 150_000] {
            let spilled = work.appendingPathComponent("spilled-\(budget).sqlite").path
            let store = try IndexStore.create(at: spilled, analyzer: analyzer)
            try store.createTables()
            var runs = PostingRuns(analyzer: analyzer, budget: budget, spillPrefix: work.appendingPathComponent("runs").path)
            try index.forEachPassageText { id, heading, text, articleID in
                try runs.add(id: id, heading: heading, text: text, articleID: articleID)
            }
            XCTAssertGreaterThan(runs.spilledRuns, 1, "a budget of \(budget) bytes spills the bundled corpus's lists")
            try runs.write(to: store)

            let terms = try index.indexedTerms()
            XCTAssertFalse(terms.isEmpty)
            for (term, _) in terms {
                XCTAssertEqual(try postings(term, in: store), try postings(term, in: index), "the list of '\(term)'")
            }
            XCTAssertEqual(try store.storedPassageLengths(), try index.storedPassageLengths())
            XCTAssertEqual(try store.passageArticles(), try index.passageArticles())
            let left = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix("runs-run") }
            XCTAssertEqual(left, [], "run files are removed once merged (budget \(budget))")
        }
    }

    private func postings(_ term: String, in store: IndexStore) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try store.withPostings(term: term) { bytes = Array($0) }
        return bytes
    }
}
