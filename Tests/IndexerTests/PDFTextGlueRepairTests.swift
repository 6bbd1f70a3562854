import XCTest
@testable import GuideIndexer

/// Link texts the PDF export moved to the end of the line go back into their gap.
final class PDFTextGlueRepairTests: XCTestCase {
    func testRepairs() {
        let vocabulary = PDFVocabulary(lines: [
            "eller spesialisthelsetjenesteloven koordinator personell helsepersonelloven kommentarer rundskriv med",
        ])
        let repair = PDFGlueRepair(vocabulary: vocabulary)
        let cases: [(raw: String, startsPage: Bool, expected: String)] = [
            (" og gjelder pasienter med behov for komplekse ellerspesialisthelsetjenesteloven § 2-5a\u{00A0}(lovdata.no)", false,
             "spesialisthelsetjenesteloven § 2-5a (lovdata.no) og gjelder pasienter med behov for komplekse eller"),
            (". Plikt til å melde gjelder personellkoordinator\u{00A0}(lovdata.no)", false,
             "koordinator (lovdata.no). Plikt til å melde gjelder personell"),
            ("I  er kravene til epikrise nærmere angitt. Vedrundskriv til helsepersonelloven med kommentarer", false,
             "I rundskriv til helsepersonelloven med kommentarer er kravene til epikrise nærmere angitt. Ved"),
            (".tiltak", false, "tiltak."),
            (").arbeidsmiljøloven § 4-4 (lovdata.no", false, "arbeidsmiljøloven § 4-4 (lovdata.no)."),
            ("finnes informasjon om  på Statsforvalteren.no\u{00A0}fremtidsfullmakt", false,
             "finnes informasjon om fremtidsfullmakt på Statsforvalteren.no"),
            ("begrunnet i pasient- og brukerrettighetsloven %C2%A7 2-5a.", false, "begrunnet i pasient- og brukerrettighetsloven § 2-5a."),
            (" Det kommunale teamet bør holde", true, "Det kommunale teamet bør holde"),
            ("til pasient ogHva er ALS?", false, "til pasient og Hva er ALS?"),
            ("Pasient- og brukerrettighetsloven kapittel3 (lovdata.no)omhandler", false,
             "Pasient- og brukerrettighetsloven kapittel 3 (lovdata.no) omhandler"),
        ]
        for item in cases {
            XCTAssertEqual(repair.repair(item.raw, startsPage: item.startsPage).text, item.expected, "input: \(item.raw.debugDescription)")
        }
    }

    func testRealCompoundsAreNotSplit() {
        let vocabulary = PDFVocabulary(lines: ["pårørende veileder sende", "sende en epikrise"])
        let repair = PDFGlueRepair(vocabulary: vocabulary)
        for raw in [" sende en epikrise til henvisende instans", "Se Pårørendeveilederen for mer om dette"] {
            let text = repair.repair(raw, startsPage: false).text
            XCTAssertEqual(text, TextCleanup.normalizeSpaces(raw), "input: \(raw.debugDescription)")
        }
    }

    func testSlugs() {
        XCTAssertEqual(PDFAddress.slug("Pårørende barn i alderen 0-18 år til pasienter med ALS, bør få tilbud"),
                       "parorende-barn-i-alderen-0-18-ar-til-pasienter-med-als-bor-fa-tilbud")
        XCTAssertEqual(PDFAddress.slug("Informasjon … bør være tilpasset"), "informasjon-bor-vaere-tilpasset")
    }
}
