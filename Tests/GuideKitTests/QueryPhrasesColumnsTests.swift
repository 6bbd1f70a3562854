import Foundation
@testable import GuideKit
import TestFixtures
import XCTest

/// Search's phrase bonus reads and scans only the candidates whose posting lists hold every stem of
/// a phrase (`QueryPhrases.Columns`), so it must never pass over a title or text the full scan finds
/// a phrase in: checked for the judged queries and for word pairs taken from the corpus's own texts
/// (which hold their phrase somewhere), over each query's best candidates.
final class QueryPhrasesColumnsTests: XCTestCase {
    func testThePostingListsNeverHideAPhraseATitleOrTextHolds() throws {
        let store = try IndexStore(path: try TestCorpus.build(adding: [TestFixtures.distractorPages], name: "phrase-columns"))
        var held = 0
        for query in try queries(store) {
            let analysis = try QueryAnalyzer(store: store).analyze(query)
            let phrases = QueryPhrases(analysis)
            guard !phrases.isEmpty, analysis.words.contains(where: { !Stopwords.contains($0.typed) }) else { continue }
            let ranking = try SearchQuestion.rankedCandidates(analysis, limit: 10, in: store).ranking
            let columns = QueryPhrases.Columns(phrases, ranking: ranking)
            let best = ranking.best(SearchRanking.phraseCandidates * 2).map(\.passage)
            let records = try store.passageHits(ids: best)
            var narrow: [Int: (titles: PassagePhraseTitles, text: String?)] = [:]
            try store.forEachPassagePhraseText(ids: best, textIDs: best) { passage, titles, text in
                narrow[passage] = (titles, text.map { String(decoding: $0, as: UTF8.self) })
            }
            for passage in best {
                let record = try XCTUnwrap(records[passage])
                let possible = columns.possible(in: passage)
                for title in [record.articleTitle, record.sectionTitle ?? ""] where phrases.isHeld(in: title) {
                    held += 1
                    XCTAssertTrue(phrases.isHeld(in: title, among: possible.heading), "\(query): «\(title)» (\(passage))")
                }
                if phrases.isHeld(in: record.text) {
                    held += 1
                    XCTAssertTrue(phrases.isHeld(in: record.text, among: possible.text), "\(query): text of \(passage)")
                }
                XCTAssertEqual(narrow[passage]?.text, record.text, "the narrow read reads the same text")
                XCTAssertEqual(narrow[passage]?.titles.articleTitle, record.articleTitle)
                XCTAssertEqual(narrow[passage]?.titles.sectionTitle, record.sectionTitle)
            }
        }
        XCTAssertGreaterThan(held, 500, "too few phrases held for the test to mean much")
    }

    /// A text the phrase check was not asked to read is not read; the titles of every passage are.
    func testOnlyTheTextsAskedForAreRead() throws {
        var texts: [Int: String?] = [:]
        try TestCorpus.bundledIndex().forEachPassagePhraseText(ids: [1, 2], textIDs: [2]) { passage, titles, text in
            XCTAssertFalse(titles.articleTitle.isEmpty)
            // `updateValue`: assigning nil through the subscript would remove the entry.
            texts.updateValue(text.map { String(decoding: $0, as: UTF8.self) }, forKey: passage)
        }
        XCTAssertEqual(texts.count, 2)
        XCTAssertEqual(texts[1], .some(nil))
        XCTAssertFalse((texts[2] ?? nil)?.isEmpty ?? true)
    }

    /// The judged queries and, with a fixed seed, two words side by side from passages' texts.
    private func queries(_ store: IndexStore) throws -> [String] {
        var queries: [String] = []
        for name in ["queries.own.tsv", "queries.pages.tsv"] {
            let url = TestFixtures.judgedQueries.appendingPathComponent(name)
            queries += try EvaluationFiles.queries(try String(contentsOf: url, encoding: .utf8), path: url.path).map(\.query)
        }
        var texts: [String] = []
        try store.forEachPassageText { _, heading, text, _ in texts.append(heading + "\n" + text) }
        var random = SplitMix64(seed: 0x5E12)
        for _ in 0..<300 {
            let words = random.pick(texts).split { !$0.isLetter }.map(String.init)
            guard words.count > 1 else { continue }
            let at = random.next(upTo: words.count - 1)
            queries.append(words[at] + " " + words[at + 1])
        }
        return queries
    }
}
