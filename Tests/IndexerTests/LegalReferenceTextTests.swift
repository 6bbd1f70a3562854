@testable import GuideIndexer
import GuideKit
import XCTest

/// Articles built by hand for the legal-reference tests: one paragraph per string, one link per address.
enum LegalArticle {
    static let path = "Corpus/test.txt"

    static func make(_ paragraphs: [String], links: [String] = [], title: String = "Råd") -> Article {
        let blocks = paragraphs.enumerated().map { i, text in
            Block.paragraph(Paragraph(text: text, source: SourceSpan(path: path, line: 10 * (i + 1))))
        }
        let section = Section(kind: .rationale, blocks: blocks, source: SourceSpan(path: path, firstLine: 10, lastLine: 10 * paragraphs.count + 5))
        let linkValues = links.enumerated().map { i, url in Link(url: url, source: SourceSpan(path: path, line: 1000 + i)) }
        return Article(title: title, sections: [section], links: linkValues, source: SourceSpan(path: path, line: 1))
    }

    /// "act section part" of every reference found.
    static func citations(_ paragraphs: [String], links: [String] = []) -> [String] {
        LegalReferenceExtractor.references(in: make(paragraphs, links: links)).map(\.citation)
    }

    static func citations(_ text: String, links: [String] = []) -> [String] {
        citations([text], links: links)
    }
}

final class LegalReferenceTextTests: XCTestCase {
    private let hpl = "helsepersonelloven"
    private let pbrl = "pasient- og brukerrettighetsloven"
    private let rehab = "forskrift om habilitering, rehabilitering og koordinator"

    func testWrittenFormsOfSections() {
        let cases: [(String, [String])] = [
            ("Helsepersonell må sørge for at barn som pårørende blir ivaretatt, jmf. helsepersonelloven § 10a.", ["\(hpl) § 10a"]),
            ("Forsvarlig helsehjelp innebærer også å innhente bistand, jf. helsepersonelloven § 4.Forsvarlighet", ["\(hpl) § 4"]),
            ("etter helsepersonelloven § 10 a skal", ["\(hpl) § 10a"]),
            ("etter helsepersonelloven §10b skal", ["\(hpl) § 10b"]),
            ("begrunnet i pasient- og brukerrettighetsloven %C2%A7 2-5a. Les", ["\(pbrl) § 2-5a"]),
            ("jamfør pasient- og brukerrettighetsloven § 3.3 (lovdata.no)", ["\(pbrl) § 3-3"]),
            ("spesialisthelsetjenesteloven § 2–5a", ["spesialisthelsetjenesteloven § 2-5a"]),
            ("PASIENT- OG BRUKERRETTIGHETSLOVEN § 2-1A", ["\(pbrl) § 2-1a"]),
            ("jamfør forskrift om habilitering, rehabilitering og koordinator §\n\n 11 (lovdata.no).", ["\(rehab) § 11"]),
            ("jamfør forskrift om habilitering, rehabilitering og koordinator §   11", ["\(rehab) § 11"]),
            ("helsepersonelloven §§ 10a og 10b", ["\(hpl) § 10a", "\(hpl) § 10b"]),
            ("helsepersonelloven §§ 10a, 10b og § 10c", ["\(hpl) § 10a", "\(hpl) § 10b", "\(hpl) § 10c"]),
            ("helsepersonelloven § 10a og § 10b", ["\(hpl) § 10a", "\(hpl) § 10b"]),
            ("§ 10 i helsepersonelloven", ["\(hpl) § 10"]),
            ("arbeidsgivers ansvar, jamfør ).arbeidsmiljøloven § 4-4 (lovdata.no", ["arbeidsmiljøloven § 4-4"]),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(LegalArticle.citations(input), expected, "input: \(input)")
        }
    }

    func testFinerPartsAndChapters() {
        let cases: [(String, [String])] = [
            ("skal dette dokumenteres, jf. . Helsepersonell bør være\"> journalforskriften %C2%A7 6, bokstav g (lovdata.no)",
             ["journalforskriften § 6 bokstav g"]),
            ("journalforskriften § 6 bokstav g", ["journalforskriften § 6 bokstav g"]),
            ("helsepersonelloven § 7 første ledd bokstav a", ["\(hpl) § 7 første ledd bokstav a"]),
            ("helsepersonelloven § 4, 2. ledd", ["\(hpl) § 4 2. ledd"]),
            ("folkehelseloven § 5 nr. 2", ["folkehelseloven § 5 nr. 2"]),
            ("Pasient- og brukerrettighetsloven kapittel3 (lovdata.no)omhandler pasientens rett", ["\(pbrl) kapittel 3"]),
            ("pasient- og brukerrettighetsloven kapittel 3", ["\(pbrl) kapittel 3"]),
            ("kapittel 4A i pasient- og brukerrettighetsloven", ["\(pbrl) kapittel 4a"]),
            ("Se kapittel 3 i denne veilederen om helsepersonelloven.", [hpl]),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(LegalArticle.citations(input), expected, "input: \(input)")
        }
    }

    func testNamesAbbreviationsAndInflections() {
        let cases: [(String, [String])] = [
            ("jamfør hpl. § 10a", ["\(hpl) § 10a"]),
            ("jf. hpl § 10a", ["\(hpl) § 10a"]),
            ("pbrl § 3-1 gir rett", ["\(pbrl) § 3-1"]),
            ("se hotjl. § 3-2", ["helse- og omsorgstjenesteloven § 3-2"]),
            ("Helsepersonellovens § 4 krever forsvarlighet", ["\(hpl) § 4"]),
            ("Pasientrettighetsloven § 4-6", ["\(pbrl) § 4-6"]),
            ("jamfør lov om pasient- og brukerrettigheter § 3-3", ["\(pbrl) § 3-3"]),
            ("Etter lov om helsepersonell m.v. § 10a skal", ["\(hpl) § 10a"]),
            ("Les også Helsedirektoratetsforskrift om habilitering, rehabilitering og koordinator § 9 (lovdata.no)", ["\(rehab) § 9"]),
            ("komplekse ellerspesialisthelsetjenesteloven § 2-5a (lovdata.no)", ["spesialisthelsetjenesteloven § 2-5a"]),
            ("kjernejournalforskriften § 5", ["kjernejournalforskriften § 5"]),
            ("pasientjournalforskriften § 8", ["journalforskriften § 8"]),
            ("psykisk helsevernloven § 3-3", ["psykisk helsevernloven § 3-3"]),
            ("helsepersonellova § 10a", ["\(hpl) § 10a"]),
            ("rundskriv til helsepersonelloven med kommentarer", [hpl]),
            ("Forskrift om lovbestemt sykepleietjeneste i kommunens helsetjeneste beskriver ansvaret.",
             ["forskrift om lovbestemt sykepleietjeneste i kommunens helsetjeneste"]),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(LegalArticle.citations(input), expected, "input: \(input)")
        }
    }

    func testBackReferences() {
        let cases: [([String], [String])] = [
            (["Pasientrettighetsloven gjelder all helsehjelp. Lovens § 4-6 omhandler pårørende."], ["\(pbrl) § 4-6"]),
            (["Journalforskriften gjelder.", "Etter § 8 i forskriften skal journalen føres."], ["journalforskriften § 8"]),
            (["Journalforskriften gjelder. Forskriftens § 6 bokstav g sier mer."], ["journalforskriften § 6 bokstav g"]),
            // The last act named is one the registry does not know: nothing is guessed.
            (["Helsepersonelloven gjelder. Opplæringslova har regler om dette. Lovens § 9 gir rett."], [hpl]),
            // "loven" refers back to a law, not to the regulation named last.
            (["Helsepersonelloven og journalforskriften gjelder. Loven § 39 sier at"],
             ["journalforskriften", "\(hpl) § 39"]),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(LegalArticle.citations(input), expected, "input: \(input)")
        }
    }

    func testWhatIsNotAReference() {
        let cases: [String] = [
            "Lovens § 3 sier dette.",
            "Se § og annet.",
            "§",
            "Se § 12 i veilederen.",
            "jf. § 4 om forsvarlighet",
            "Hol kommune har egne rutiner.",
            "Opplæringslova § 5-1 og § 5-2 gjelder for skolen.",
            "Se forskrift om skoleskyss § 3.",
            "lovdata.no har lover og forskrifter",
            "Barnehageloven § 19 og kapittel 3 i denne veilederen",
            "Loven er ny. Kapittel 3 handler om barn.",
        ]
        for input in cases {
            XCTAssertEqual(LegalArticle.citations(input), [], "input: \(input)")
        }
    }

    func testASectionFarFromAnyActIsNotGuessed() {
        XCTAssertEqual(LegalArticle.citations("Helsepersonelloven § 4 gjelder. Se også § 12."), ["\(hpl) § 4"])
        let far = "helsepersonelloven gir rammene for arbeidet, " + String(repeating: "og dette er en lang setning ", count: 8) + "jf. § 12"
        XCTAssertEqual(LegalArticle.citations(far), [hpl], "input: \(far)")
        // An address written out in the text is not a citation.
        XCTAssertEqual(LegalArticle.citations("Helsepersonelloven, se https://example.org/lov/§10a"), [hpl])
        // An unknown act between stops a section from going to the earlier one.
        XCTAssertEqual(LegalArticle.citations("helsepersonelloven § 10a og opplæringslova § 5 og § 6"), ["\(hpl) § 10a"])
    }

    func testDuplicatesAreMergedInReadingOrder() {
        let refs = LegalReferenceExtractor.references(in: LegalArticle.make([
            "Pårørende barn har egne rettigheter, jamfør helsepersonelloven § 10a.",
            "Arbeidsgiver har ansvar etter arbeidsmiljøloven § 4-4, og helsepersonelloven § 10a gjelder.",
        ]))
        XCTAssertEqual(refs.map(\.citation), ["\(hpl) § 10a", "arbeidsmiljøloven § 4-4"])
        XCTAssertEqual(refs.first?.source, SourceSpan(path: LegalArticle.path, line: 10))
        XCTAssertEqual(refs.last?.source, SourceSpan(path: LegalArticle.path, line: 20))
    }

    func testAddressesComeFromTheRegistry() {
        let refs = LegalReferenceExtractor.references(in: LegalArticle.make([
            "jf. helsepersonelloven § 10a, journalforskriften § 6 bokstav g, pasient- og brukerrettighetsloven kapittel 3, "
                + "forskrift om lovbestemt sykepleietjeneste i kommunens helsetjeneste og barnevernsloven § 6-4.",
        ]))
        XCTAssertEqual(refs.map(\.url), [
            "https://lovdata.no/lov/1999-07-02-64/§10a",
            "https://lovdata.no/forskrift/2019-03-01-168/§6",
            "https://lovdata.no/dokument/NL/lov/1999-07-02-63/KAPITTEL_3",
            "https://lovdata.no/forskrift/1983-11-23-1779",
            nil,
        ])
    }

    func testAQueryTextGivesItsReference() {
        let source = SourceSpan(path: "query", line: 1)
        let refs = LegalReferenceExtractor.references(inText: "Pasientrettighetsloven § 3.3", source: source)
        XCTAssertEqual(refs.map(\.citation), ["\(pbrl) § 3-3"])
        XCTAssertEqual(refs.first?.url, "https://lovdata.no/lov/1999-07-02-63/§3-3")
    }
}
