@testable import GuideIndexer
import GuideKit
import XCTest

final class LegalReferenceLinkTests: XCTestCase {
    func testAddressesAreRead() {
        let cases: [(String, String?)] = [
            ("https://lovdata.no/lov/1999-07-02-61/%C2%A72-5a", "spesialisthelsetjenesteloven § 2-5a"),
            ("https://lovdata.no/forskrift/2011-12-16-1256/%C2%A711", "forskrift om habilitering, rehabilitering og koordinator § 11"),
            ("https://lovdata.no/forskrift/2011-12-16-1256/§9", "forskrift om habilitering, rehabilitering og koordinator § 9"),
            ("https://lovdata.no/lov/2005-06-17-62/%C2%A74-4", "arbeidsmiljøloven § 4-4"),
            ("https://lovdata.no/dokument/NL/lov/1999-07-02-63/KAPITTEL_3#KAPITTEL_3", "pasient- og brukerrettighetsloven kapittel 3"),
            ("https://lovdata.no/dokument/NL/lov/1999-07-02-63#KAPITTEL_3", "pasient- og brukerrettighetsloven kapittel 3"),
            ("https://lovdata.no/dokument/NL/lov/1999-07-02-64/KAPITTEL_2#%C2%A74", "helsepersonelloven § 4"),
            ("https://lovdata.no/dokument/SF/forskrift/1983-11-23-1779", "forskrift om lovbestemt sykepleietjeneste i kommunens helsetjeneste"),
            ("https://lovdata.no/dokument/LTI/forskrift/2016-10-28-1250",
             "forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten"),
            ("http://www.lovdata.no/all/nl-19990702-064.html", "helsepersonelloven"),
            ("https://lovdata.no/lov/1967-02-10/§17", "forvaltningsloven § 17"),
            ("https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/dokumentasjonsplikt/-45a.epikrise",
             "helsepersonelloven § 45a"),
            ("https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/krav-til-helsepersonells-yrkesutovelse/-10a.helsepersonells-plikt-til-a-bidra-til-a-ivareta-mindrearige-barn-som-parorende",
             "helsepersonelloven § 10a"),
            ("https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-helse-og-omsorgstjenester-og-transport/-2-5a.rett-til-kontaktlege",
             "pasient- og brukerrettighetsloven § 2-5a"),
            // A commentary without a section number, another site, an act not in the registry, not an address.
            ("https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-helse-og-omsorgstjenester-og-transport/rett-til-kontaktlege", nil),
            ("https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer", nil),
            ("https://www.regjeringen.no/globalassets/upload/hod/hoeringer_kta/dokumenter/rundskriv_i-3_2013.pdf", nil),
            ("https://lovdata.no/lov/2005-05-20-28/§1", nil),
            ("https://lovdata.no/", nil),
            ("lovdata", nil),
        ]
        for (url, expected) in cases {
            let found = LegalURLInterpreter.provision(in: url).map { p in
                [ActRegistry.table[p.act].name, p.section, p.part].compactMap { $0 }.joined(separator: " ")
            }
            XCTAssertEqual(found, expected, "url: \(url)")
        }
    }

    func testALinkCountsOnlyWhenTheTextNamesItsAct() {
        let cases: [(text: String, links: [String], expected: [String])] = [
            ("Pårørende barn har egne rettigheter.", ["https://lovdata.no/lov/1999-07-02-64/%C2%A710a"], []),
            ("I rundskriv til helsepersonelloven med kommentarer er kravene til epikrise nærmere angitt.",
             ["https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/dokumentasjonsplikt/-45a.epikrise"],
             ["helsepersonelloven § 45a"]),
            // A text that cites its act in full does not take a link to another section of it.
            ("Plikten følger av hpl. § 39.", ["https://lovdata.no/lov/1999-07-02-64/%C2%A710a"],
             ["helsepersonelloven § 39"]),
            // A linked reference stands where the text names its act without a section.
            ("Etter helsepersonelloven gjelder flere plikter, blant annet hpl. § 39.", ["https://lovdata.no/lov/1999-07-02-64/%C2%A710a"],
             ["helsepersonelloven § 10a", "helsepersonelloven § 39"]),
            // The text's own citation keeps its place and span when a link repeats it.
            ("Helsepersonelloven gjelder. Se helsepersonelloven § 10a.", ["https://lovdata.no/lov/1999-07-02-64/%C2%A710a"],
             ["helsepersonelloven § 10a"]),
            // A long name cut off where the PDF moved its link text away.
            ("Rollen utdypes i forskrift om habilitering, rehabilitering og . Plikt til å melde gjelder personellkoordinator (lovdata.no)",
             ["https://lovdata.no/forskrift/2011-12-16-1256/%C2%A711"],
             ["forskrift om habilitering, rehabilitering og koordinator § 11"]),
            // Title words are enough to tell which act a link means.
            ("Forskrift beskriver det sykepleiefagligeom lovbestemt sykepleietjeneste i kommunens helsetjeneste (lovdata.no) ansvaret.",
             ["https://lovdata.no/dokument/SF/forskrift/1983-11-23-1779"],
             ["forskrift om lovbestemt sykepleietjeneste i kommunens helsetjeneste"]),
            ("arbeid med kvalitetsforbedring jamfør forskrift om . Se også . ledelse og kvalitetsforbedring i helse- og omsorgstjenesten (lovdata.no)",
             ["https://lovdata.no/dokument/LTI/forskrift/2016-10-28-1250"],
             ["forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten"]),
            // The link gives the number the text lost.
            ("jf. , spesialisthelsetjenesteloven § 7-3 (lovdata.no) helse- og omsorgstjenesteloven § og .12-5 (lovdata.no) folkehelseloven § 24 (lovdata.no)",
             ["https://lovdata.no/lov/1999-07-02-61/%C2%A77-3", "https://lovdata.no/lov/2011-06-24-30/%C2%A712-5",
              "https://lovdata.no/lov/2011-06-24-30/%C2%A712-5", "https://lovdata.no/lov/2011-06-24-29/%C2%A724"],
             ["spesialisthelsetjenesteloven § 7-3", "helse- og omsorgstjenesteloven § 12-5", "folkehelseloven § 24"]),
            ("helse- og omsorgstjenesteloven § og .12-5 (lovdata.no) folkehelseloven § 24 (lovdata.no)", [],
             ["helse- og omsorgstjenesteloven", "folkehelseloven § 24"]),
            // A link to the section adds nothing when the text names a finer part of it.
            ("journalforskriften %C2%A7 6, bokstav g (lovdata.no)", ["https://lovdata.no/forskrift/2019-03-01-168/%C2%A76"],
             ["journalforskriften § 6 bokstav g"]),
            // A commentary link without a section number adds nothing to the section the text gives.
            ("Rett til kontaktlege er begrunnet i pasient- og brukerrettighetsloven %C2%A7 2-5a.",
             ["https://www.helsedirektoratet.no/rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/rett-til-helse-og-omsorgstjenester-og-transport/rett-til-kontaktlege"],
             ["pasient- og brukerrettighetsloven § 2-5a"]),
        ]
        for c in cases {
            XCTAssertEqual(LegalArticle.citations(c.text, links: c.links), c.expected, "text: \(c.text) links: \(c.links)")
        }
    }

    func testALinkedReferenceKeepsTheLinksSpanAndTheCanonicalAddress() {
        let article = LegalArticle.make(["I rundskriv til helsepersonelloven med kommentarer er kravene til epikrise angitt."],
                                        links: ["https://example.org/",
                                                "https://www.helsedirektoratet.no/rundskriv/helsepersonelloven-med-kommentarer/dokumentasjonsplikt/-45a.epikrise"])
        let refs = LegalReferenceExtractor.references(in: article)
        XCTAssertEqual(refs.count, 1)
        XCTAssertEqual(refs.first?.url, "https://lovdata.no/lov/1999-07-02-64/§45a")
        XCTAssertEqual(refs.first?.source, SourceSpan(path: LegalArticle.path, line: 1001))
    }

    func testTextReferenceMatchedByALinkKeepsTheParagraphsSpan() {
        let article = LegalArticle.make(["jamfør . Helsepersonellshelsepersonelloven § 10a (lovdata.no)"],
                                        links: ["https://lovdata.no/lov/1999-07-02-64/%C2%A710a"])
        let refs = LegalReferenceExtractor.references(in: article)
        XCTAssertEqual(refs.map(\.citation), ["helsepersonelloven § 10a"])
        XCTAssertEqual(refs.first?.source, SourceSpan(path: LegalArticle.path, line: 10))
        XCTAssertEqual(refs.first?.url, "https://lovdata.no/lov/1999-07-02-64/§10a")
    }
}
