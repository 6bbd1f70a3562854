import Foundation
@testable import GuideKit
import TestFixtures
import XCTest

/// `guide plan` finds where a situation's words occur through `WordOccurrences`: the word's phrases
/// in the posting lists, and the analyzer's terms of a guideline title. FTS5's MATCH of the word's
/// own expression (`QueryAnalysis.expression(for:)`) is the oracle for both, on the bundled corpus,
/// for the words of the judged queries and of generated situations.
final class WordOccurrenceTests: XCTestCase {
    func testPassagesHoldingEachWordAreThoseFTS5Matches() throws {
        let store = try TestCorpus.bundledIndex()
        var compared = 0, found = 0
        for situation in try situations(store) {
            let analysis = try store.analyze(situation)
            let occurrences = try WordOccurrences(analysis, in: store)
            for (w, word) in analysis.words.enumerated() {
                let expression = QueryAnalysis.expression(for: word)
                let expected = Set(try store.db.rows("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?", [expression])
                    .compactMap { $0.int(0) })
                let holding = occurrences.passages(holding: w)
                XCTAssertEqual(Set(holding), expected, "\(situation.debugDescription): \(expression)")
                XCTAssertEqual(holding.count, expected.count, "each passage once: \(expression)")
                compared += 1
                found += expected.count
            }
        }
        XCTAssertGreaterThan(compared, 1_000, "too few words compared for the test to mean much")
        XCTAssertGreaterThan(found, 5_000, "too few passages found for the test to mean much")
    }

    /// The guideline titles in an FTS5 table of their own, tokenized by the analyzer without compound
    /// splitting (as `WordOccurrences.terms(of:)`), give the same titles for every word.
    func testTitlesHoldingEachWordAreThoseFTS5Matches() throws {
        let store = try TestCorpus.bundledIndex()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("guide-titles-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let titles = try IndexStore.create(at: path, analyzer: NorwegianAnalyzer())
        try titles.db.execute("CREATE VIRTUAL TABLE titles USING fts5(title, tokenize='\(IndexSchema.tokenizer)')")
        // The bundled titles, and titles made of the generated situations so that most words occur in some.
        let texts = try store.guidelines().map(\.title) + (try situations(store))
        for (n, text) in texts.enumerated() {
            try titles.db.run("INSERT INTO titles(rowid, title) VALUES (?, ?)", [n + 1, text])
        }
        let terms = texts.map(WordOccurrences.terms(of:))
        var matched = 0
        for situation in try situations(store) {
            let analysis = try store.analyze(situation)
            let occurrences = try WordOccurrences(analysis, in: store)
            for (w, word) in analysis.words.enumerated() {
                let expression = QueryAnalysis.expression(for: word)
                let expected = Set(try titles.db.rows("SELECT rowid FROM titles WHERE titles MATCH ?", [expression]).compactMap { $0.int(0) })
                let holding = Set(terms.indices.filter { occurrences.terms(terms[$0], hold: w) }.map { $0 + 1 })
                XCTAssertEqual(holding, expected, "\(situation.debugDescription): \(expression)")
                matched += expected.count
            }
        }
        XCTAssertGreaterThan(matched, 3_000, "too few titles matched for the test to mean much")
    }

    /// The judged queries, the plan tests' situations, and seeded ones of one to three of the
    /// corpus's words, now and then misspelt (a letter dropped, æ ø å written without).
    private func situations(_ store: IndexStore) throws -> [String] {
        var situations = ["ME/CFS helsehjelp i hjemmet", "pasient med ME/CFS som får helsehjelp hjemme",
                          "hva bør planen inneholde for ME/CFS-pasienter hjemme", "ALS", "hva bør behandlingsplanen inneholde ved ALS",
                          "kreft hos barn", "ÆØÅ æøå", "NEAR AND OR NOT", "'; DROP TABLE checklists; --", "oppfolgingsplan", "koordinatr"]
        for url in [TestFixtures.judgedQueries.appendingPathComponent("queries.own.tsv"),
                    TestFixtures.sharedEvaluation.appendingPathComponent("queries.dev.tsv")] {
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            situations += try EvaluationFiles.queries(try String(contentsOf: url, encoding: .utf8), path: url.path).map(\.query)
        }
        let words = try store.indexedWords().sorted()
        var random = SplitMix64(seed: 0x91A7)
        for _ in 0..<500 {
            situations.append((0...random.next(upTo: 3)).map { _ in
                var word = random.pick(words)
                switch random.next(upTo: 8) {
                case 0 where word.count > 4: word.remove(at: word.index(word.startIndex, offsetBy: random.next(upTo: word.count)))
                case 1: word = String(word.map { ["æ": "e", "ø": "o", "å": "a"][$0] ?? $0 })
                default: break
                }
                return word
            }.joined(separator: " "))
        }
        return situations
    }
}
