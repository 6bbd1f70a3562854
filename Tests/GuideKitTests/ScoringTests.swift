import GuideIndexer
@testable import GuideKit
import XCTest

/// The score computed inside FTS5 is FTS5's own bm25 times the ranking policy, and ranking the
/// passages that hold a rarer phrase first gives exactly the answer of ranking every passage.
final class ScoringTests: XCTestCase {
    private static let queries = [
        "pasient med alvorlig ME som er sengeliggende og plages av lys og lyd", "oppgaver for kommunal koordinator ved ALS",
        "barn under 18 år som pårørende til forelder med ALS", "hva bør planen for oppfølging inneholde",
        "parorende barn helsestasjon", "samtykkekompetanse vurdering pasient pårørende", "koordinatr", "hva er det",
        "søke brukerstyrt personlig assistent (BPA)", "epikrise til fastlegen ved utskrivning",
    ]

    /// The bundled corpus with the reader fixtures beside it, so common words are common.
    private func index() throws -> GuideIndex {
        let path = try TestCorpus.build(from: ["Corpus", "Tests/IndexerTests/Fixtures"], name: "scoring")
        return try GuideIndex(path: path)
    }

    func testExplainedBM25IsFTS5sOwn() throws {
        let index = try index()
        for query in Self.queries {
            guard let expression = try index.analyze(query).expression else { continue }
            for hit in try index.search(query, explain: true).results {
                let own = try index.db.firstRow("SELECT bm25(passages_fts, ?, ?) FROM passages_fts WHERE passages_fts MATCH ? AND rowid = ?",
                                                [IndexSchema.headingWeight, IndexSchema.textWeight, expression, hit.section.id])?.double(0)
                XCTAssertEqual(hit.explanation?.bm25 ?? 0, own ?? 1, accuracy: 1e-9, "\(query) → \(hit.section.id)")
                XCTAssertEqual(hit.score, ((hit.explanation?.score ?? 0) * 1000).rounded() / 1000, "\(query)")
            }
        }
    }

    func testRankingRarePhrasesFirstEqualsRankingEverything() throws {
        let index = try index()
        var pruned = 0
        for query in Self.queries {
            let analysis = try index.analyze(query)
            guard let expression = analysis.expression else { continue }
            let fast = SearchRanking.groupByArticle(try index.rankedCandidates(analysis, expression: expression, limit: 5)).prefix(5)
            if index.lastRankingPruned { pruned += 1 }
            let full = SearchRanking.groupByArticle(try index.rankedCandidates(analysis, expression: expression, limit: 5, pruning: false))
                .prefix(5)
            XCTAssertEqual(fast.map(\.passageID), full.map(\.passageID), query)
            XCTAssertEqual(fast.map(\.score), full.map(\.score), query)
        }
        XCTAssertGreaterThan(pruned, 0, "no query took the rare-phrase path: the test would not test it")
    }
}
