@testable import GuideIndexer
import Foundation
import GuideKit
import XCTest

/// Issue 17: a query word that is a real Bokmål or Nynorsk form is never corrected, even when the
/// corpus lacks it; filler words are never a correction; real typos still are.
final class WordFormCorrectionTests: XCTestCase {
    private func corrections(_ query: String, in index: IndexStore) throws -> [String] {
        try AnalysisQuestion(query).answer(in: index).corrections.map { "\($0.typed) → \($0.searched)" }
    }

    /// What the indexer keeps of the installed list for the bundled corpus, selected once for the class.
    private static let kept: Result<(corpus: [String], forms: [String]), Error> = Result {
        let corpus = try TestCorpus.bundledIndex().indexedWords()
        return (corpus, TestWordList.installed.map { WordFormSelection.forms(of: $0, reachableFrom: corpus) } ?? [])
    }

    private func bundledIndexWithWordList() throws -> IndexStore {
        try XCTSkipIf(TestWordList.installed == nil, TestWordList.skipMessage)
        return try TestCorpus.bundledIndex()
    }

    func testTheIssuesQueriesAreNotCorrected() throws {
        let index = try bundledIndexWithWordList()
        for query in ["avlastning for pårørende", "fall hos eldre", "pårørande born"] {
            XCTAssertEqual(try corrections(query, in: index), [], query)
        }
    }

    func testTyposOfCorpusWordsAreStillCorrected() throws {
        let index = try bundledIndexWithWordList()
        for (typed, meant) in [("koordinatr", "koordinator"), ("parorende", "pårørende"), ("sengeligende", "sengeliggende")] {
            XCTAssertEqual(try corrections(typed, in: index), ["\(typed) → \(meant)"], typed)
        }
    }

    /// A deterministic sample of the list: every 5,000th form the corpus lacks, and every 40th of
    /// the forms a correction could reach (those the index keeps) — none is corrected.
    func testRealWordsOutsideTheCorpusAreNeverCorrected() throws {
        let index = try bundledIndexWithWordList()
        let list = try XCTUnwrap(TestWordList.installed)
        let corpus = Set(try Self.kept.get().corpus), kept = try Self.kept.get().forms
        var sample = stride(from: 0, to: list.count, by: 5_000).map(list.form).filter { !corpus.contains($0) }
        sample += stride(from: 0, to: kept.count, by: 40).map { kept[$0] }
        XCTAssertGreaterThan(sample.count, 500)
        var corrected: [String] = []
        for word in sample {
            corrected += try AnalysisQuestion(word).answer(in: index).corrections.map { "\($0.typed) → \($0.searched)" }
        }
        XCTAssertEqual(corrected, [], "\(corrected.count) of \(sample.count) real words corrected")
    }

    /// The indexer keeps exactly the forms a correction could reach, measured here the slow way
    /// (every vocabulary form, the edit-distance table) on every 2,000th form of the list.
    func testTheKeptFormsAreExactlyThoseACorrectionReaches() throws {
        _ = try bundledIndexWithWordList()
        let list = try XCTUnwrap(TestWordList.installed)
        let corpus = try Self.kept.get().corpus
        let folded = corpus.map(Spelling.folded)
        let sample = stride(from: 0, to: list.count, by: 2_000).map(list.form)
        let reachable = sample.filter { form in
            let limit = QueryAnalysis.correctionEditLimit(length: form.count)
            let mine = Spelling.folded(form)
            return !corpus.contains(form) && folded.contains { EditDistance.distance(mine, $0, limit: limit) <= limit }
        }
        let kept = Set(try Self.kept.get().forms)
        XCTAssertEqual(Set(sample.filter(kept.contains)), Set(reachable))
        XCTAssertEqual(kept, Set(try bundledIndexWithWordList().wordForms()), "the index holds what the selection gives")
        XCTAssertFalse(reachable.isEmpty)
    }

    /// A large corpus's vocabulary is taken a slice at a time (shortest forms first); the forms
    /// kept are those one table over the whole vocabulary keeps.
    func testTheKeptFormsDoNotDependOnTheSlices() throws {
        _ = try bundledIndexWithWordList()
        let installed = try XCTUnwrap(TestWordList.installed)
        let corpus = try Self.kept.get().corpus, kept = try Self.kept.get().forms
        // A list of every 20th form and every kept one (Latin-1, as installed), so each slice is quick to measure.
        let forms = stride(from: 0, to: installed.count, by: 20).map(installed.form) + kept
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slices-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try XCTUnwrap(forms.joined(separator: "\n").data(using: .isoLatin1)).write(to: file)
        let list = try NorwegianWordList(files: [file.path])
        let whole = WordFormSelection.forms(of: list, reachableFrom: corpus)
        XCTAssertLessThan(corpus.count, WordFormSelection.sliceSize, "one slice")
        XCTAssertTrue(Set(kept).isSubset(of: whole))
        XCTAssertEqual(WordFormSelection.forms(of: list, reachableFrom: corpus, sliceSize: corpus.count / 3), whole)
    }

    func testFillerWordsAreNeverACorrection() throws {
        let index = try IndexStore(path: try SampleGuideline.buildIndex())
        // One edit from "hvordan", "bør" and "med", all in the sample's text.
        for typed in ["hvordn", "børr", "meed"] {
            let searched = try AnalysisQuestion(typed).answer(in: index).words.map(\.searched)
            XCTAssertEqual(searched, [typed])
        }
    }

    func testTheSmallListKeepsARealNearWordAndStillCorrectsTypos() throws {
        let index = try IndexStore(path: try SampleGuideline.buildIndex())
        XCTAssertEqual(try corrections("koordinater", in: index), [], "a real word one edit from «koordinator»")
        XCTAssertEqual(try corrections("koordinatr", in: index), ["koordinatr → koordinator"])
        XCTAssertEqual(try index.metadata("wordlist")?.hasSuffix(" 9"), true, "A-aksje has a hyphen: 9 of 10 forms")
    }

    /// Without a list the index cannot tell a real word from a typo: only æ ø å are restored.
    func testWithoutAWordListOnlyNorwegianLettersAreRestored() throws {
        let index = try IndexStore(path: try SampleGuideline.buildIndex(withoutWordList: true))
        XCTAssertEqual(try index.metadata("wordlist"), "none")
        XCTAssertEqual(try corrections("parorende", in: index), ["parorende → pårørende"])
        XCTAssertEqual(try corrections("koordinatr", in: index), [])
    }

    /// The cheap exact test the indexer uses agrees with the edit-distance table.
    func testIsWithinAgreesWithTheDistance() {
        let words = ["", "a", "ab", "ba", "abc", "acb", "koordinator", "koordinatr", "kordinator", "koordinater",
                     "pårørende", "parorende", "pårørnde", "sengeliggende", "sengeligende", "aab", "abb", "xyzab"]
        for a in words {
            for b in words {
                let x = a.unicodeScalars.map(\.value), y = b.unicodeScalars.map(\.value)
                for limit in 0...2 {
                    let expected = EditDistance.distance(a, b, limit: limit) <= limit
                    let actual = x.withUnsafeBufferPointer { x in y.withUnsafeBufferPointer { EditDistance.isWithin(limit, x, $0) } }
                    XCTAssertEqual(actual, expected, "«\(a)» «\(b)» limit \(limit)")
                }
            }
        }
    }
}
