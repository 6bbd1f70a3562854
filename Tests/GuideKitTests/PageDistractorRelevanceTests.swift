import GuideIndexer
import GuideKit
import TestFixtures
import XCTest

/// Search quality on our judged queries of every kind (`queries.pages.tsv`) over the bundled corpus
/// with the 40 real Helsedirektoratet pages indexed beside it as distractors. The floors are the
/// figures this branch measured (README, "Search quality"): a change that answers fewer of these
/// questions, or answers them from the wrong part, fails here; one that does better should raise them.
final class PageDistractorRelevanceTests: XCTestCase {
    /// Measured with Nynorsk forms, swapped-letter corrections, content-question cues and text pages
    /// below recommendations covering as well (7 December 2026): 0.81, 0.96, 0.888, 0.916, 0.70; with the
    /// second round on pages 0.81, 0.96, 0.886, 0.912, 0.69. The third round added 35 queries of the
    /// weak kinds (situations, long, plan, role, short), written before tuning (then, all 148: 0.81,
    /// 0.97, 0.888, 0.912, 0.65). With the checklist that answers a content or role question shown,
    /// degree adverbs inside lay phrases, family words as pårørende and a long question's words
    /// weighed by idf: 0.831, 0.993, 0.908, 0.928, 0.716. With ME/CFS's first «Pårørende» no longer
    /// running on into the text after it: 0.83, 0.99, 0.906, 0.927, 0.71 (law-09 and sit-11 had found
    /// their answer only because that run-on passage also held "ME/CFS" and "helsepersonell").
    /// Fourth round, hits outside a guideline the query names ("hjemmebesøk ALS") below its hits
    /// covering as much: 0.838, 0.993, 0.912, 0.934, 0.716. The fifth round added 33 queries of the
    /// weak kinds (long, short, plan, which part answers, role), written before tuning (then, all 181:
    /// 0.845, 0.994, 0.916, 0.938, 0.702). With the part shown chosen beyond the guideline's name and
    /// the recommendation's title, advice first among parts covering nearly as much, the rationale for
    /// a why-question, degree adverbs weighing little and phrases read in the best candidates' text:
    /// 0.867, 0.994, 0.928, 0.947, 0.751. The sixth round added 26 queries of the weak kinds
    /// (situations, long, short, which part answers, what should X contain, role), written before
    /// tuning (then, all 207: 0.860, 0.981, 0.923, 0.941, 0.720). With the part that says what a thing
    /// should contain shown for such a question, pronouns and auxiliaries as filler, concepts composed
    /// through a word's concept name, and the statement first among parts covering alike:
    /// 0.874, 0.986, 0.930, 0.948, 0.758.
    private static let floors = (hitAt1: 0.87, hitAt3: 0.98, mrr: 0.93, ndcg5: 0.94, passageAt1: 0.75)

    func testJudgedQueriesWithPagesAsDistractors() throws {
        let folder = TestFixtures.judgedQueries
        let queries = folder.appendingPathComponent("queries.pages.tsv"), keysFile = folder.appendingPathComponent("keys.tsv")
        let judged = try EvaluationFiles.queries(try String(contentsOf: queries, encoding: .utf8), path: queries.path)
        let keys = try EvaluationFiles.keys(try String(contentsOf: keysFile, encoding: .utf8), path: keysFile.path)
        XCTAssertGreaterThanOrEqual(judged.count, 80)
        XCTAssertTrue(judged.allSatisfy { !$0.answers.isEmpty && $0.kind != nil }, "every query names its kind and its answer text")

        let index = try IndexStore(path: try TestCorpus.build(adding: [TestFixtures.distractorPages], name: "pages-relevance"))
        let result = try RelevanceEvaluation.run(judged, keys: keys, on: index)
        let report = EvaluationRenderer.render(result, style: TextStyle(colored: false))
        XCTAssertEqual(result.passageJudged, judged.count)
        XCTAssertGreaterThanOrEqual(result.hitAt1, Self.floors.hitAt1, report)
        XCTAssertGreaterThanOrEqual(result.hitAt3, Self.floors.hitAt3, report)
        XCTAssertGreaterThanOrEqual(result.mrr, Self.floors.mrr, report)
        XCTAssertGreaterThanOrEqual(result.ndcg5, Self.floors.ndcg5, report)
        XCTAssertGreaterThanOrEqual(result.passageAt1 ?? 0, Self.floors.passageAt1, report)
    }
}
