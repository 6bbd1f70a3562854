import Foundation
import GuideKit
@testable import GuideIndexer
import XCTest

/// Invented stored pages (Fixtures/, one here) for the kinds of page text that is not advice: a theme page that only
/// lists documents, a hearing page's process text, a flattened table of graded recommendations under
/// a listing label, and footnote markers and an editor's placeholder in running text.
final class WebPageKindsTests: XCTestCase {
    private func read(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (Guideline, [Diagnostic]) {
        let document = try IndexerTestSupport.fixture(name)
        var diagnostics: [Diagnostic] = []
        let guideline = StructurePipeline.guideline(from: document, diagnostics: &diagnostics)
        return (try XCTUnwrap(guideline, "nothing read from \(name): \(diagnostics)", file: file, line: line), diagnostics)
    }

    private func texts(_ g: Guideline) -> String {
        IndexerTestSupport.indexedTexts(g).joined(separator: "\n")
    }

    /// Written here, not in Fixtures/: every fixture there must give articles (`UnseenCorpusTests`).
    private static let linkList = """
        SOURCE-URL: https://www.helsedirektoratet.no/tema/fallforebygging

        Nasjonal veileder
        Rundskriv
        Rapport
        Forebygging av fall i sykehjem – erfaringer fra kommunene (2021)
        PDF
        Kartlegging av fallrisiko hos hjemmeboende eldre (2019)
        Fallforebygging i kommunen – kunnskap og anbefalinger (fhi.no)
        Trening for bedre balanse
        Hoftebeskyttere i institusjon (2018)
        Svar på spørsmål om ansvar for hjelpemidler etter fall (2023)
        Tilskudd til fallforebyggende tiltak
        """

    func testALinkListIndexesNoText() throws {
        var diagnostics: [Diagnostic] = []
        let document = SourceDocument(path: "web-tema-lenkeliste.txt", text: Self.linkList)
        let g = try XCTUnwrap(StructurePipeline.guideline(from: document, diagnostics: &diagnostics))
        XCTAssertEqual(texts(g), "", "no link title becomes a heading or a passage")
        XCTAssertEqual(g.kind, "Temaside", "the page's kind from its address, not the first listed document's")
        XCTAssertTrue(diagnostics.contains { $0.message.contains("lister bare opp andre dokumenter") }, "\(diagnostics)")
    }

    func testAShortPageOfTitlesWithSentencesIsStillRead() throws {
        // The furniture fixture's hearing page has headings and sentences: not a link list.
        let (g, _) = try read("web-horing-status-utskrift.txt")
        XCTAssertTrue(texts(g).contains("Fall er den vanligste årsaken"))
    }

    func testHearingProcessTextIsNotIndexed() throws {
        let (g, diagnostics) = try read("web-horing-innspill.txt")
        XCTAssertEqual(g.status, .hearingDraft(deadline: "1. mars"), "a deadline without a year stays without one")
        XCTAssertEqual(g.chapters.map(\.title), ["Nasjonal faglig retningslinje for forebygging av fall hos eldre"],
                       "a hearing document's label is not the page's title")
        let all = texts(g)
        for process in ["innspill", "Høringsbrev", "saksnummer", "tydelige?", "Høringsinnspill"] {
            XCTAssertFalse(all.contains(process), "\(process) indexed:\n\(all)")
        }
        XCTAssertTrue(all.contains("Fall er den vanligste årsaken til skader hos eldre."), all)
        XCTAssertTrue(all.contains("Legen bør gi tilbakemelding til fastlegen"), "advice that speaks of feedback is kept:\n\(all)")
        XCTAssertEqual(diagnostics, [])
    }

    func testGradesStandApartFromTheirRecommendation() throws {
        let (g, _) = try read("web-graderte-anbefalinger.txt")
        XCTAssertEqual(g.title, "Trening og balanse", "the listing label is not the title")
        let all = texts(g)
        XCTAssertTrue(all.contains("minst to ganger i uken. (Grad A, Nivå 1a)"), all)
        XCTAssertTrue(all.contains("de første ukene. (Grad B, Nivå 2b)"), all)
        XCTAssertTrue(all.contains("kartlegging av synet. (Grad C, Nivå 3)"), all)
        XCTAssertFalse(all.contains("Grad Nivå"), "the column labels are no part of the heading:\n\(all)")
        XCTAssertFalse(all.contains("Alle anbefalinger"), all)
    }

    func testFootnoteMarkersAndPlaceholdersAreNotText() throws {
        let (g, diagnostics) = try read("web-fotnoter-plassholder.txt")
        let all = texts(g)
        XCTAssertTrue(all.contains("eldre på sykehjem. Kommunen bør ha rutiner for kartlegging av fallrisiko."), all)
        XCTAssertTrue(all.contains("finnes i veilederen (4)."), "a numbered reference after a space stays:\n\(all)")
        XCTAssertFalse(all.contains("["), all)
        XCTAssertEqual(diagnostics.map(\.message), ["plassholderen \"[LENKE]\" står igjen i sideteksten; ikke indeksert"],
                       "a placeholder is dropped, never silently")
    }

    func testGradeRulesNeedTheirHeader() {
        XCTAssertNil(WebGradedRows.header("Behandling av vitamin D-mangel"), "no column labels")
        let plain = [WebPageLine(number: 1, raw: "Gi tilskudd av vitamin D. A 1a")]
        XCTAssertEqual(WebGradedRows.relabelled(plain).map(\.text), ["Gi tilskudd av vitamin D. A 1a"], "no header, no grade")
    }
}
