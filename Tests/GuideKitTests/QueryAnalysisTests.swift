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
}
