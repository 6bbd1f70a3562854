@testable import GuideIndexer
import XCTest

final class LegalReferenceRegistryTests: XCTestCase {
    func testAnyNameFindsTheCanonicalAct() {
        let cases: [(String, String?)] = [
            ("helsepersonelloven", "helsepersonelloven"),
            ("hpl", "helsepersonelloven"),
            ("HPL.", "helsepersonelloven"),
            ("Helsepersonellovens", "helsepersonelloven"),
            ("lov om helsepersonell", "helsepersonelloven"),
            ("lov om helsepersonell m.v.", "helsepersonelloven"),
            ("  Lov om   helsepersonell ", "helsepersonelloven"),
            ("pasientrettighetsloven", "pasient- og brukerrettighetsloven"),
            ("lov om pasient- og brukerrettigheter", "pasient- og brukerrettighetsloven"),
            ("pbrl", "pasient- og brukerrettighetsloven"),
            ("sphl", "spesialisthelsetjenesteloven"),
            ("hol", "helse- og omsorgstjenesteloven"),
            ("hotjl", "helse- og omsorgstjenesteloven"),
            ("aml", "arbeidsmiljøloven"),
            ("phlsvl", "psykisk helsevernloven"),
            ("pasientjournalforskriften", "journalforskriften"),
            ("Journalforskriftens", "journalforskriften"),
            ("rehabiliteringsforskriften", "forskrift om habilitering, rehabilitering og koordinator"),
            ("kvalitetsforbedringsforskriften", "forskrift om ledelse og kvalitetsforbedring i helse- og omsorgstjenesten"),
            ("barnevernloven", "barnevernsloven"),
            ("ukjentloven", nil),
            ("lov om", nil),
            ("", nil),
            ("lovbestemt sykepleietjeneste", nil),
        ]
        for (name, expected) in cases {
            XCTAssertEqual(ActRegistry.act(named: name)?.name, expected, "name: \(name)")
        }
    }

    func testLovdataIdentifiers() {
        let cases: [(String, String?)] = [
            ("lov/1999-07-02-64", "helsepersonelloven"),
            ("LOV-1999-07-02-63", "pasient- og brukerrettighetsloven"),
            ("FOR-2011-12-16-1256", "forskrift om habilitering, rehabilitering og koordinator"),
            ("forskrift/2019-03-01-168", "journalforskriften"),
            ("lov/1999-07-02-65", nil),
        ]
        for (id, expected) in cases {
            XCTAssertEqual(ActRegistry.act(lovdataID: id)?.name, expected, "id: \(id)")
        }
    }

    func testTableIsConsistent() {
        var owner: [String: String] = [:]
        for form in ActNameForms.all where form.kind != .partialName {
            let act = ActRegistry.table[form.act].name
            if let other = owner[form.text] {
                XCTAssertEqual(other, act, "form \"\(form.text)\" names two acts")
            }
            owner[form.text] = act
            XCTAssertEqual(form.text, ActNameForms.key(form.text), "form not in key form: \(form.text)")
        }
        let ids = ActRegistry.all.compactMap(\.lovdataID)
        XCTAssertEqual(ids.count, Set(ids).count, "a lovdata id is given twice")
        for id in ids {
            XCTAssertTrue(id.range(of: #"^(lov|forskrift)/\d{4}-\d{2}-\d{2}(-\d+)?$"#, options: .regularExpression) != nil, id)
        }
        XCTAssertEqual(ActRegistry.all.map(\.name).count, Set(ActRegistry.all.map(\.name)).count)
    }

    func testCutOffLongNamesArePartialNamesOfOneAct() {
        let partials = Dictionary(ActNameForms.all.filter { $0.kind == .partialName }.map { ($0.text, ActRegistry.table[$0.act].name) },
                                  uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(partials["forskrift om habilitering, rehabilitering og"], "forskrift om habilitering, rehabilitering og koordinator")
        XCTAssertEqual(partials["lov om pasient- og"], "pasient- og brukerrettighetsloven")
        XCTAssertNil(partials["lov om behandling av"], "shared by two acts")
        XCTAssertNil(partials["lov om helsepersonell"], "a full name, not a partial one")
    }

    func testCanonicalAddresses() {
        let hpl = ActRegistry.act(named: "hpl")
        XCTAssertEqual(hpl?.lovdataURL(section: "§ 10a", part: nil), "https://lovdata.no/lov/1999-07-02-64/§10a")
        XCTAssertEqual(hpl?.lovdataURL(section: "§ 10a", part: "første ledd"), "https://lovdata.no/lov/1999-07-02-64/§10a")
        XCTAssertEqual(hpl?.lovdataURL(section: nil, part: nil), "https://lovdata.no/lov/1999-07-02-64")
        XCTAssertEqual(hpl?.lovdataURL(section: nil, part: "kapittel 2"), "https://lovdata.no/dokument/NL/lov/1999-07-02-64/KAPITTEL_2")
        let rehab = ActRegistry.act(named: "rehabiliteringsforskriften")
        XCTAssertEqual(rehab?.lovdataURL(section: "§ 11", part: nil), "https://lovdata.no/forskrift/2011-12-16-1256/§11")
        XCTAssertEqual(rehab?.lovdataURL(section: nil, part: "kapittel 3"),
                       "https://lovdata.no/dokument/SF/forskrift/2011-12-16-1256/KAPITTEL_3")
        XCTAssertNil(ActRegistry.act(named: "barnevernsloven")?.lovdataURL(section: "§ 1-1", part: nil))
    }

    func testNameWordsKeepCompoundsWhole() {
        for word in ["helsepersonelloven", "omsorgstjenesteloven", "journalforskriften", "brukerrettigheter", "brukerrettighetsloven",
                     "helsepersonellovens"] {
            XCTAssertTrue(ActRegistry.nameWords.contains(word), word)
        }
        XCTAssertFalse(ActRegistry.nameWords.contains("og"))
    }
}
