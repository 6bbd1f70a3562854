@testable import GuideKit
import XCTest

/// The renderers' side of coverage and credit, on the bundled index's answers with a licence set as
/// the content-API reader sets it: the credit once per source block, never on text without a licence;
/// the no-hit sentence names at most three titles.
final class CreditAndCoverageRenderTests: XCTestCase {
    private static let credit = "Helsedirektoratet, lisens NLOD 2.0"

    func testPlanCreditsEachLicensedChecklistOnceAndTheBundledOnesNot() throws {
        var answer = try TestCorpus.bundledIndex().planChecklists(for: "ME/CFS helsehjelp i hjemmet")
        let style = TextStyle(colored: false)
        XCTAssertFalse(PlanRenderer.render(answer, style: style).contains("lisens"), "the bundled text has no licence")
        for index in answer.checklists.indices { answer.checklists[index].guideline.licence = "NLOD 2.0" }
        let text = PlanRenderer.render(answer, style: style)
        XCTAssertEqual(text.components(separatedBy: Self.credit).count - 1, answer.checklists.count, text)
    }

    func testTheNoHitSentenceNamesThreeTitlesAndCountsTheRest() {
        let coverage = IndexCoverage(guidelines: 120, hearingDrafts: 0, recommendations: 900, textPages: 40, passages: 5000,
                                     kinds: [], sources: .init(textFiles: 2, contentAPI: 118), years: ["2019", "2025"],
                                     titles: ["A", "B", "C"], lastSynced: "2026-12-01T08:30:00")
        XCTAssertEqual(CoverageRenderer.noHitsSentences(coverage), ["Indeksen dekker 120 retningslinjer (2019–2025): A, B, C og 117 til."])
        let empty = IndexCoverage(guidelines: 0, hearingDrafts: 0, recommendations: 0, textPages: 0, passages: 0, kinds: [],
                                  sources: .init(textFiles: 0, contentAPI: 0), years: [], titles: [], lastSynced: nil)
        XCTAssertEqual(CoverageRenderer.noHitsSentences(empty),
                       ["Indeksen er tom.", "'guide sync' henter Helsedirektoratets nasjonale retningslinjer."])
        XCTAssertTrue(CoverageRenderer.render(empty, style: TextStyle(colored: false)).contains("0, aldri synkronisert"))
    }
}
