@testable import GuideIndexer
import GuideKit
import TestFixtures
import XCTest

final class ChecklistLeadInTests: XCTestCase {
    func testLeadInIsTheLastSentenceAndTheRestStaysText() {
        let span = SourceSpan(path: "Corpus/x.md", line: 3)
        let list = Checklist(leadIn: "Det kan være krevende. Ta det opp i teamet, jf. rutinen. Vurder følgende:",
                             items: [ChecklistItem(text: "veiledning", source: span)], source: span)
        var guideline = Guideline(id: "x", title: "X", chapters: [Chapter(number: 1, title: "K", articles: [
            Article(title: "A", sections: [Section(kind: .recommendation, blocks: [.checklist(list)], source: span)], source: span),
        ], source: span)], source: span)
        ChecklistLeadIns.apply(&guideline)
        let blocks = guideline.chapters[0].articles[0].sections[0].blocks
        XCTAssertEqual(blocks.map(\.text), ["Det kan være krevende. Ta det opp i teamet, jf. rutinen.", "Vurder følgende:\n• veiledning"])
    }

    func testSentenceEndsAreFoundConservatively() {
        let cases: [(String, String)] = [
            ("Vurder følgende:", "Vurder følgende:"),
            ("Se f.eks. Helsenorge for dette:", "Se f.eks. Helsenorge for dette:"),
            ("Les mer, jf. Pårørendeveilederen:", "Les mer, jf. Pårørendeveilederen:"),
            ("Planen er viktig. Den bør inneholde:", "Den bør inneholde:"),
            ("Hva trenger pasienten? Utforsk:", "Utforsk:"),
        ]
        for (text, expected) in cases {
            let start = ChecklistLeadIns.lastSentenceStart(in: text) ?? text.startIndex
            XCTAssertEqual(String(text[start...]), expected, "input: \(text)")
        }
    }

    func testSeedChecklistLeadInsThroughThePipeline() throws {
        let scan = try CorpusScanner.scan(TestFixtures.bundledCorpus)
        var diagnostics: [Diagnostic] = []
        let leadIns = StructurePipeline.guidelines(from: scan.documents, diagnostics: &diagnostics)
            .flatMap(\.articles).flatMap { $0.checklists.map(\.checklist.leadIn) }
        XCTAssertTrue(leadIns.contains("For støtte i etisk utfordrende situasjoner, kan følgende vurderes:"), "\(leadIns)")
        XCTAssertTrue(leadIns.contains("Oppgaver for ALS-koordinator kan være å:"), "\(leadIns)")
    }
}
