import GuideIndexer
@testable import GuideKit
import TestFixtures
import XCTest

/// Search scores passages from its own posting lists; FTS5's MATCH and bm25() over the same
/// expression are the oracle: the same passages match, with the same bm25, for real queries and
/// for generated odd ones.
final class ScoringTests: XCTestCase {
    private static let queries = [
        "pasient med alvorlig ME som er sengeliggende og plages av lys og lyd", "oppgaver for kommunal koordinator ved ALS",
        "barn under 18 år som pårørende til forelder med ALS", "hva bør planen for oppfølging inneholde",
        "parorende barn helsestasjon", "samtykkekompetanse vurdering pasient pårørende", "koordinatr", "hva er det",
        "søke brukerstyrt personlig assistent (BPA)", "epikrise til fastlegen ved utskrivning", "ME/CFS sengebundet",
        "oppfølgingsplan", "pustemaskin hjemme", "lovdata helsepersonelloven § 10a",
    ]

    /// The bundled corpus with the reader fixtures beside it, so common words are common.
    private static let index: Result<String, Error> = Result {
        try TestCorpus.build(adding: [TestFixtures.readerFixtures], name: "scoring")
    }

    // Read-only after its first use; the tests of a class run one at a time.
    nonisolated(unsafe) private static let reference: Result<IndexStore, Error> = Result { try FTS5Reference.copy(of: try index.get()) }

    func testRankingMatchesFTS5sMatchAndBM25() throws {
        let index = try IndexStore(path: try Self.index.get())
        var compared = 0
        for query in Self.queries + Array(QueryGenerator(count: 300)) {
            compared += try assertSameAsFTS5(query, index: index)
        }
        XCTAssertGreaterThan(compared, 1000, "too few matching passages compared for the test to mean much")
    }

    func testExplainedScoreIsTheRankingScore() throws {
        let index = try IndexStore(path: try Self.index.get())
        for query in Self.queries {
            let results = try index.search(query, explain: true).results
            for hit in results {
                XCTAssertEqual(hit.score, ((hit.explanation?.score ?? -1) * 1000).rounded() / 1000, query)
            }
            // Best first, but for a text page moved below a recommendation covering more (and said so).
            let ranked = results.filter { $0.explanation?.movedBelow == nil }
            XCTAssertEqual(ranked.map(\.score), ranked.map(\.score).sorted(by: >), query)
        }
    }

    /// The bounds that skip passages change nothing: the list equals the policy applied to every match.
    func testCandidatesAreTheBestOfAllMatches() throws {
        let index = try IndexStore(path: try Self.index.get())
        // Ties go to the first article id: an article's place is its id's in sorted order.
        let ids = try index.db.rows("SELECT id FROM articles").compactMap { $0.string(0) }.sorted()
        let places = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        for query in Self.queries {
            let analysis = try index.analyze(query)
            let (candidates, ranking) = try index.rankedCandidates(analysis, limit: 10)
            let matched = ranking.best(Int.max)
            let all = try SearchQuestion.scoredCandidates(matched, analysis, ranking: ranking, article: { passage in
                places[(try? index.db.firstRow("SELECT a.id FROM passages p JOIN articles a ON a.key = p.article WHERE p.id = ?", [passage]))??.string(0) ?? ""] ?? -1
            }, in: index)
            let expected = SearchRanking.shown(all, limit: 10).hits
            XCTAssertEqual(candidates.map(\.passageID), expected.map(\.passageID), query)
            XCTAssertEqual(candidates.map(\.score), expected.map(\.score), query)
        }
    }

    /// Ties go to the first article id: each passage's article is stored as that id's place in order.
    func testPassageArticlesAreTheArticlesInIDOrder() throws {
        let index = try IndexStore(path: try Self.index.get())
        let ids = try index.db.rows("SELECT id FROM articles").compactMap { $0.string(0) }.sorted()
        let places = try index.passageArticles()
        var checked = 0
        for row in try index.db.rows("SELECT p.id, a.id FROM passages p JOIN articles a ON a.key = p.article") {
            guard let passage = row.int(0), let article = row.string(1) else { continue }
            XCTAssertEqual(places[passage], ids.firstIndex(of: article), "passage \(passage)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0)
        let tie = SearchRanking.chosenPerArticle([
            .init(passageID: 1, article: 2, score: 1), .init(passageID: 2, article: 1, score: 1), .init(passageID: 3, article: 1, score: 0.5),
        ])
        XCTAssertEqual(tie.map(\.passageID), [2, 1])
    }

    /// Compares every matching passage; returns how many there were.
    private func assertSameAsFTS5(_ query: String, index: IndexStore) throws -> Int {
        let analysis = try index.analyze(query)
        guard let expression = analysis.expression else { return 0 }
        let (_, ranking) = try index.rankedCandidates(analysis, limit: 10)
        var expected: [Int: Double] = [:]
        let table = FTS5Reference.table
        for row in try Self.reference.get().db.rows("SELECT rowid, bm25(\(table), ?, ?) FROM \(table) WHERE \(table) MATCH ?",
                                     [SearchRanking.headingWeight, SearchRanking.textWeight, expression]) {
            expected[row.int(0) ?? 0] = row.double(1)
        }
        XCTAssertEqual(Set(ranking.matchedPassages), Set(expected.keys), "matching passages for \(query.debugDescription)")
        for (passage, bm25) in expected {
            XCTAssertEqual(ranking.bm25(passage), bm25, accuracy: 1e-9 * max(1, abs(bm25)), "\(query.debugDescription) → \(passage)")
        }
        return expected.count
    }
}
