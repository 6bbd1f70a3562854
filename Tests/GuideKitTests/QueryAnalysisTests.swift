import GuideKit
import XCTest

/// Staff type fast: without æ ø å, with typos, with their own words and compounds.
final class QueryAnalysisTests: XCTestCase {
    private var index: IndexStore!

    override func setUpWithError() throws {
        index = try IndexStore(path: try SampleGuideline.buildIndex(synonyms: [
            SynonymGroup(phrases: ["nattesøvn", "søvn"], line: 1),
            SynonymGroup(phrases: ["ip", "individuell plan", "plan for oppfølging"], line: 2),
        ]))
    }

    func testWordsTypedWithoutNorwegianLettersAreCorrected() throws {
        let results = try index.search("parorende")
        XCTAssertEqual(results.analysis.corrections.map(\.searched), ["pårørende"])
        XCTAssertEqual(results.results.first?.recommendation?.id, "demo/1.1")
    }

    func testSmallTyposAreCorrected() throws {
        let results = try index.search("koordinatr")
        XCTAssertEqual(results.analysis.corrections.map(\.searched), ["koordinator"])
        XCTAssertEqual(results.results.first?.recommendation?.id, "demo/1.1")
        XCTAssertEqual(try index.search("pårørnde").analysis.corrections.map(\.searched), ["pårørende"])
    }

    func testKnownWordsAreNeverCorrected() throws {
        XCTAssertEqual(try index.search("xyz").analysis.corrections.count, 0, "an unknown short word is left alone")
        XCTAssertEqual(try index.search("søvn").analysis.corrections.count, 0)
    }

    func testSynonymsFromTheDataFileMatch() throws {
        let results = try index.search("nattesøvn")
        XCTAssertEqual(results.results.first?.recommendation?.id, "demo/1.2")
        XCTAssertTrue(results.analysis.words.first?.notes.contains("synonym: søvn") ?? false, "\(results.analysis.words)")
    }

    func testCompoundQueryMatchesItsParts() throws {
        // The sample has "plan for oppfølging", never "oppfølgingsplan".
        let results = try index.search("oppfølgingsplan")
        XCTAssertEqual(results.results.first?.recommendation?.id, "demo/1.1")
    }

    func testPartsInTheQueryMatchACompoundInTheText() throws {
        // The text says "sengeliggende"; "liggende" stands alone nowhere, so nothing should split it
        // — but "rettslig bindende" words must still be found inside their own passage.
        XCTAssertEqual(try index.search("rettslig").results.first?.recommendation?.title, "Metode og prosess")
    }

    func testNynorskWordsAreSearchedInTheBokmålFormTheIndexHolds() throws {
        let results = try index.search("kven skal oppnemne koordinator")
        let word = try XCTUnwrap(results.analysis.words.first { $0.typed == "oppnemne" })
        XCTAssertEqual(word.searched, "oppnevne")
        XCTAssertTrue(word.isNynorsk)
        XCTAssertFalse(results.analysis.words.contains { $0.typed == "kven" }, "a Nynorsk question word is filler")
        XCTAssertEqual(results.results.first?.recommendation?.id, "demo/1.1")
        XCTAssertEqual(try index.search("tåler ikkje lys").analysis.words.first { $0.typed == "ikkje" }?.searched, "ikke")
    }

    func testAWordTheIndexHoldsIsNeverReadAsNynorsk() throws {
        // "utarbeides" holds Nynorsk's "ei" (→ "utarbedes"), but the index holds it as typed.
        let words = try index.search("utarbeides plan").analysis.words
        XCTAssertEqual(words.map(\.searched), ["utarbeides", "plan"])
        XCTAssertFalse(words.contains(where: \.isNynorsk))
    }

    func testTwoSwappedLettersAreOneEdit() throws {
        // "enræring": Levenshtein counts two edits, too many for an eight-letter word.
        let results = try index.search("enræring")
        XCTAssertEqual(results.analysis.corrections.map(\.searched), ["ernæring"])
        XCTAssertEqual(results.results.first?.recommendation?.id, "demo/1.2")
    }

    func testAskingWhatSomethingShouldBeAboutIsAContentQuestion() throws {
        let results = try index.search("hva bør planen handle om")
        XCTAssertEqual(results.analysis.intent?.kind, .checklist)
        XCTAssertEqual(results.analysis.intent?.head, "planen")
        XCTAssertEqual(results.results.first?.recommendation?.id, "demo/1.1")
    }

    func testATextPageStandsBelowARecommendationCoveringTheQueryAsWell() throws {
        // Both hold "ikke"; the page's shorter text gives it the larger bm25.
        let results = try index.search("ikke")
        XCTAssertEqual(results.results.first?.recommendation?.id, "demo/1.1", "\(results.results.map { $0.recommendation?.title ?? "-" })")
    }
}
