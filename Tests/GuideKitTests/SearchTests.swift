import GuideKit
import XCTest

final class SearchTests: XCTestCase {
    private var index: IndexStore!

    override func setUpWithError() throws {
        index = try IndexStore(path: try SampleGuideline.buildIndex())
    }

    func testSituationFindsTheAnsweringPassageWithItsOrigin() throws {
        let results = try index.search("pasienten er sengeliggende og tåler ikke lys og lyd")
        let top = try XCTUnwrap(results.results.first)
        XCTAssertEqual(top.recommendation?.id, "demo/1.1")
        XCTAssertEqual(top.section.kind, .practical)
        XCTAssertTrue(top.section.text.contains("sengeliggende"))
        XCTAssertEqual(top.guideline.status, .hearingDraft)
        XCTAssertEqual(top.chapter.title, "Koordinering")
        XCTAssertEqual(top.source.path, "Corpus/demo.md")
        XCTAssertEqual(top.source.lines, [17, 18])
        XCTAssertEqual(top.legalReferences.map(\.citation), ["helsepersonelloven § 10a"])
        let highlighted = top.snippet.runs.filter(\.highlighted).map { $0.text.lowercased() }
        XCTAssertTrue(highlighted.contains("sengeliggende"), "highlights: \(highlighted)")
    }

    func testOneRecommendationDoesNotFillTheList() throws {
        let results = try index.search("plan oppfølging pårørende koordinator")
        let ids = results.results.compactMap(\.recommendation?.id)
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate recommendations in \(ids)")
    }

    func testExactNorwegianLettersAreKept() throws {
        // "får" is indexed as "får", not folded to "far": "far" is found only as a reported correction.
        let far = try index.search("far")
        XCTAssertEqual(far.analysis.corrections.map(\.searched), ["får"])
        XCTAssertEqual(try index.search("får").analysis.corrections.count, 0)
        XCTAssertEqual(try index.search("får").results.first?.recommendation?.id, "demo/1.2")
        XCTAssertEqual(try index.search("søvn").results.first?.recommendation?.id, "demo/1.2")
    }

    func testPrefixFindsInflectedForms() throws {
        XCTAssertEqual(try index.search("koordinator").results.first?.recommendation?.id, "demo/1.1")
    }

    func testTextPagesAreFoundAndNamed() throws {
        let top = try XCTUnwrap(try index.search("er rådene rettslig bindende").results.first)
        XCTAssertEqual(top.recommendation?.title, "Metode og prosess")
        XCTAssertEqual(top.recommendation?.kind, .text)
        XCTAssertEqual(top.section.title, "Rettslig betydning")
    }

    func testChecklistIsAPassageOfItsOwn() throws {
        let top = try XCTUnwrap(try index.search("sosial kontakt").results.first)
        XCTAssertEqual(top.section.kind, .checklist)
        XCTAssertTrue(top.section.text.hasPrefix("Planen bør inneholde:"))
        XCTAssertTrue(top.section.text.contains("  • behov for sosial kontakt"))
    }

    func testExplanationSaysWhatMatchedWhere() throws {
        let plain = try XCTUnwrap(try index.search("koordinator ernæring").results.first)
        XCTAssertNil(plain.explanation)
        let explained = try XCTUnwrap(try index.search("koordinator pasienter", explain: true).results.first?.explanation)
        XCTAssertEqual(explained.matchedInHeading, ["koordinator", "pasienter"])
        XCTAssertEqual(explained.coverage, 1)
        XCTAssertLessThan(explained.bm25, 0)
        XCTAssertEqual(try index.search("koordinator vaksine", explain: true).results.first?.explanation?.missing, ["vaksine"])
    }

    func testExplanationNamesTheFormsOfTheText() throws {
        let hit = try XCTUnwrap(try index.search("sengeliggende pasient", explain: true).results.first)
        let explained = try XCTUnwrap(hit.explanation)
        let index = try XCTUnwrap(explained.matchedInText.firstIndex(of: "pasient"), "\(explained.matchedInText)")
        XCTAssertEqual(explained.formsInText.count, explained.matchedInText.count)
        XCTAssertTrue(explained.formsInText[index].contains("pasienter"), "\(explained.formsInText)")
        XCTAssertFalse(explained.formsInText[index].contains("pasient"), "the word searched is not in this text: \(explained.formsInText)")
        for form in explained.formsInText.joined() {
            XCTAssertTrue(hit.section.text.lowercased().contains(form), "\(form) is not in the text")
        }
    }

    func testLimitIsRespectedAndRanksAreConsecutive() throws {
        let results = try index.search("pasienten", limit: 1)
        XCTAssertEqual(results.results.map(\.rank), [1])
    }

    /// Odd input never raises an SQL error: it gives results or an empty list.
    func testOddInputNeverFails() throws {
        let cases = [
            "", " ", "\"", "\"\"", "\"pårørende", "*", "pår*", "-", "-pårørende", "^", "^pårørende", "NEAR", "NEAR(a b)",
            "AND", "OR", "NOT", "pårørende AND", "AND OR NOT", "§", "§ 10a", "§§", "(", ")", "((pårørende)", "a:b",
            "heading:pårørende", "'; DROP TABLE passages; --", "\u{0}", "pår\u{0}ørende", "🙂 pårørende", "\u{202E}ednerørap",
            "{}", "[", "+", "\\", "%", "_", String(repeating: "pårørende ", count: 1_000),
            String(repeating: "x", count: 10_000), String(repeating: "\"*^()", count: 2_000),
        ]
        for query in cases {
            XCTAssertNoThrow(try index.search(query), "query: \(query.prefix(40).debugDescription)")
        }
        XCTAssertEqual(try index.search("").results.count, 0)
        XCTAssertEqual(try index.search("\"*^()").results.count, 0)
        XCTAssertGreaterThan(try index.search("\"pårørende").results.count, 0)
        XCTAssertGreaterThan(try index.search("(pårørende)").results.count, 0)
    }
}
