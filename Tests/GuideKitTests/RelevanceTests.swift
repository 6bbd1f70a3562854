import GuideIndexer
import GuideKit
import TestFixtures
import XCTest

/// Search quality on judged queries over the bundled corpus, with the invented guidelines of the
/// reader fixtures added as distractors: the development set must be answered first every time,
/// our own harder set (typos, missing æ ø å, synonyms, compounds, Nynorsk) nearly always.
final class RelevanceTests: XCTestCase {
    private func index(withDistractors: Bool) throws -> IndexStore {
        let path = try TestCorpus.build(adding: withDistractors ? [TestFixtures.readerFixtures] : [], name: "relevance")
        return try IndexStore(path: path)
    }

    private func evaluate(_ queries: URL, keys: URL, on index: IndexStore) throws -> RelevanceEvaluation {
        let judged = try EvaluationFiles.queries(try String(contentsOf: queries, encoding: .utf8), path: queries.path)
        let keys = try EvaluationFiles.keys(try String(contentsOf: keys, encoding: .utf8), path: keys.path)
        return try RelevanceEvaluation.run(judged, keys: keys, on: index)
    }

    private func misses(_ evaluation: RelevanceEvaluation) -> String {
        evaluation.queries.filter { $0.answerRank != 1 }
            .map { "\($0.id) «\($0.query)»: answer at \($0.answerRank.map(String.init) ?? "none"), first \($0.first ?? "-")" }
            .joined(separator: "\n")
    }

    func testDevelopmentQueriesAreAnsweredFirst() throws {
        let eval = TestFixtures.sharedEvaluation
        let queries = eval.appendingPathComponent("queries.dev.tsv")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: queries.path), "no shared/eval beside the repository")
        for distractors in [false, true] {
            let result = try evaluate(queries, keys: eval.appendingPathComponent("keys.tsv"), on: try index(withDistractors: distractors))
            XCTAssertEqual(result.hitAt1, 1.0, "distractors: \(distractors)\n" + misses(result))
            XCTAssertGreaterThanOrEqual(result.ndcg5, 0.95, "distractors: \(distractors)")
        }
    }

    func testOwnJudgedQueriesMeetTheTargets() throws {
        let folder = TestFixtures.judgedQueries
        let result = try evaluate(folder.appendingPathComponent("queries.own.tsv"), keys: folder.appendingPathComponent("keys.tsv"),
                                  on: try index(withDistractors: true))
        XCTAssertGreaterThanOrEqual(result.queries.count, 50)
        XCTAssertGreaterThanOrEqual(result.hitAt1, 0.95, misses(result))
        XCTAssertGreaterThanOrEqual(result.ndcg5, 0.95, misses(result))
    }
}
