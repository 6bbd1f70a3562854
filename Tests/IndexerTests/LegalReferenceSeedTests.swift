@testable import GuideIndexer
import GuideKit
import XCTest

/// The gold legal references (shared/eval/gold-structure.md) on hand-built articles holding the seed
/// documents' raw text. The text is read two ways, as a PDF reader might hand it over: one paragraph per
/// block of lines, and one paragraph per line, and the answer must not depend on it.
final class LegalReferenceSeedTests: XCTestCase {
    private let hpl = "helsepersonelloven"
    private let pbrl = "pasient- og brukerrettighetsloven"
    private let rehab = "forskrift om habilitering, rehabilitering og koordinator"

    private enum Split: CaseIterable {
        case onePerBlock
        case onePerLine
    }

    private func citations(_ texts: [String], links: [String], split: Split) -> [String] {
        let paragraphs: [String] = texts.flatMap { text -> [String] in
            let lines = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return split == .onePerBlock ? [lines.joined(separator: "\n")] : lines
        }
        return LegalArticle.citations(paragraphs, links: links)
    }

    private func check(_ name: String, _ texts: [String], links: [String], expected: [String],
                       file: StaticString = #filePath, line: UInt = #line) {
        for split in Split.allCases {
            XCTAssertEqual(citations(texts, links: links, split: split), expected, "\(name), \(split)", file: file, line: line)
        }
    }

    func testALSChapter1() {
        check("A1", [LegalSeedText.a1Text], links: LegalSeedText.a1Links, expected: [
            "spesialisthelsetjenesteloven § 2-5a", "\(rehab) § 11", "\(hpl) § 45a", "\(pbrl) § 2-5a",
        ])
        check("A2", [LegalSeedText.a2Text], links: LegalSeedText.a2Links, expected: [
            "\(rehab) § 11", "forskrift om lovbestemt sykepleietjeneste i kommunens helsetjeneste",
        ])
        check("A3", [LegalSeedText.a3Text], links: LegalSeedText.a3Links, expected: [
            "\(pbrl) kapittel 3", "\(pbrl) § 4-6", "\(pbrl) § 3-3",
        ])
        check("A4", [LegalSeedText.a4Text], links: LegalSeedText.a4Links, expected: [
            "\(rehab) § 9", "arbeidsmiljøloven § 4-4",
        ])
    }

    func testALSChapter2() {
        // A5 and A6 share a page, so both get its URL list; only A5 names the act.
        check("A5", [LegalSeedText.a5Text], links: LegalSeedText.a56Links, expected: ["\(hpl) § 10a"])
        check("A6", [LegalSeedText.a6Text], links: LegalSeedText.a56Links, expected: [])
        check("A7", [LegalSeedText.a7Text], links: LegalSeedText.a7Links, expected: ["\(hpl) § 10a", "\(hpl) § 10b"])
    }

    func testALSMethod() {
        check("Metode og prosess", [LegalSeedText.methodText, LegalSeedText.implementationText],
              links: LegalSeedText.methodLinks + LegalSeedText.implementationLinks, expected: [
                  "spesialisthelsetjenesteloven § 7-3", "helse- og omsorgstjenesteloven § 12-5", "folkehelseloven § 24",
                  "journalforskriften § 6 bokstav g",
                  "forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten",
              ])
    }

    func testALSWithTheLinkListOfTheWrongPage() {
        // The text alone still gives what it states in full; links of acts it does not name add nothing.
        check("A4 with A1's links", [LegalSeedText.a4Text], links: LegalSeedText.a1Links, expected: [
            "\(rehab) § 9", "arbeidsmiljøloven § 4-4",
        ])
        check("A3 without links", [LegalSeedText.a3Text], links: [], expected: [
            "\(pbrl) kapittel 3", "\(pbrl) § 4-6", "\(pbrl) § 3-3",
        ])
    }

    func testALSWithLinkTextsPutBack() {
        // As a PDF reader that restores displaced link texts would hand the A3 and Metode paragraphs over.
        check("A3 restored", [
            "Pasient- og brukerrettighetsloven kapittel3 (lovdata.no) omhandler pasientens rett til tilpasset informasjon og medvirkning og gjelder for all helsehjelp. Pasient- og brukerrettighetsloven med kommentarer (helsedirektoratet.no) gir veiledning om innholdet i reglene. Pasienter med samtykkekompetanse må samtykke til involvering av pårørende, jamfør lov om pasient- og brukerrettigheter § 3.3 (lovdata.no). Lovens § 4-6 omhandler helsepersonell og de pårørendes rolle og ansvar ved beslutning om helsehjelp.",
        ], links: LegalSeedText.a3Links, expected: ["\(pbrl) kapittel 3", "\(pbrl) § 3-3", "\(pbrl) § 4-6"])
        check("Metode restored", [
            "Nasjonale faglige råd skal bidra til kontinuerlig forbedring av virksomhet og tjenester, jf. spesialisthelsetjenesteloven § 7-3 (lovdata.no), helse- og omsorgstjenesteloven § 12-5 (lovdata.no) og folkehelseloven § 24 (lovdata.no).",
            "I situasjoner der helsepersonell velger løsninger som i vesentlig grad avviker fra gitte anbefalinger/råd skal dette dokumenteres, jf. journalforskriften § 6, bokstav g (lovdata.no).",
            "Implementering av rådene bør inngå som del av tjenestenes arbeid med kvalitetsforbedring jamfør forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten (lovdata.no). Se også veileder til forskriften.",
        ], links: LegalSeedText.methodLinks + LegalSeedText.implementationLinks, expected: [
            "spesialisthelsetjenesteloven § 7-3", "helse- og omsorgstjenesteloven § 12-5", "folkehelseloven § 24",
            "journalforskriften § 6 bokstav g",
            "forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten",
        ])
    }

    func testMEPage() {
        check("ME", [LegalSeedText.mePårørende, LegalSeedText.meEthics], links: [], expected: ["\(hpl) § 10a", "\(hpl) § 4"])
    }
}
