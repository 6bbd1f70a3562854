import GuideKit
import XCTest
@testable import GuideIndexer

/// The reader on the seven real content-API responses, one guideline each (their parents and
/// children are not among them): every field kept, the parts, links, legal references from
/// lovdata links, missing children reported.
final class ContentAPIResponseTests: XCTestCase {
    func testRadHasStatementPraktiskBegrunnelseAndDates() throws {
        let (g, _) = try ContentAPITestSupport.readFixture("rad-by-id.json")
        XCTAssertEqual(g.title, "Nasjonale faglige råd for multidoseordningen", "cited under its product")
        XCTAssertEqual(g.kind, "Nasjonale faglige råd")
        XCTAssertEqual(g.publisher, "Helsedirektoratet")
        XCTAssertEqual(g.licence, "NLOD 2.0")
        XCTAssertEqual(g.sourceID, "0006-0023-8ed73637-ebdb-4125-9d49-6a4b4b300050")
        XCTAssertEqual(g.firstPublished, "25. september 2019")
        XCTAssertEqual(g.lastChanged, "3. mars 2020")
        XCTAssertFalse(g.status.isHearingDraft, "status Gjeldende is never a draft, though the text mentions a hearing")
        XCTAssertEqual(g.source, SourceSpan(path: "Corpus/helsedirektoratet/rad-by-id.json", line: 2), "the line of its \"id\"")
        XCTAssertEqual(g.chapters.map(\.title), ["Samhandling og rutiner"])
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(article.kind, .recommendation)
        XCTAssertTrue(article.title.hasPrefix("Kommunen bør i samråd med aktuelle leger"))
        XCTAssertTrue(article.url?.hasPrefix("https://www.helsedirektoratet.no/faglige-rad/multidose/") == true)
        XCTAssertEqual(article.sections.map(\.kind), [.recommendation, .practical, .rationale])
        XCTAssertEqual(article.sections[1].title, "Praktisk")
        XCTAssertEqual(article.sections[2].title, "Begrunnelse")
        XCTAssertEqual(article.sections[0].paragraphs.first?.text,
                       "Kriteriene bør omfatte både praktiske og medisinske forhold som kan ha betydning for pasientens legemiddelhåndtering.")
        let list = try XCTUnwrap(article.sections[1].checklists.first)
        XCTAssertEqual(list.leadIn, "Multidose kan gi en mer effektiv og sikker legemiddelhåndtering for pasienter som:")
        XCTAssertEqual(list.items.count, 6)
        XCTAssertEqual(list.items.first?.text, "tar flere legemidler fast")
        XCTAssertTrue(article.links.contains { $0.url.hasPrefix("https://www.fhi.no/publ/2011/") && $0.text?.contains("Larvik") == true })
        XCTAssertNotNil(article.strength, "a råd with «bør» has a strength")
        XCTAssertFalse(article.sections.contains { $0.text.contains("<") || $0.text.contains("&nbsp;") }, "no markup reaches the text")
    }

    func testRegelverkGivesALegalReferenceFromItsLovdataLink() throws {
        let (g, _) = try ContentAPITestSupport.readFixture("regelverk-lov-eller-forskrift-by-id.json")
        XCTAssertEqual(g.title, "Vaksinasjon av helsepersonell - ansvar, rettigheter og plikter")
        XCTAssertEqual(g.kind, "Veileder")
        XCTAssertNil(g.firstPublished, "forstPublisert is empty")
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(article.kind, .text)
        XCTAssertEqual(article.sections.first?.checklists.first?.items.count, 3)
        let citations = article.legalReferences.map(\.citation)
        XCTAssertTrue(citations.contains { $0.hasPrefix("pasient- og brukerrettighetsloven § 1-3") }, "\(citations)")
        XCTAssertTrue(article.legalReferences.allSatisfy { $0.url?.hasPrefix("https://lovdata.no/") == true })
    }

    func testKapittelSubHeadingsBecomeSectionsAndTheDokumentAddressACitation() throws {
        let (g, _) = try ContentAPITestSupport.readFixture("kapittel-by-id.json")
        XCTAssertEqual(g.title, "Prioriteringsveileder – psykisk helsevern for voksne")
        XCTAssertEqual(g.kind, "Prioriteringsveileder")
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(article.title, "Fagspesifikk innledning - psykisk helsevern for voksne")
        let titles = article.sections.compactMap(\.title)
        XCTAssertEqual(titles.first, "Tilstander i prioriteringsveilederen")
        XCTAssertTrue(titles.contains("Individuelle forhold som bør vurderes ved den individuelle rettighets- og fristtildelingen — Funksjonsfall"), "\(titles)")
        XCTAssertTrue(titles.contains("Suicidalitet"), "an empty <i> inside a heading leaves the heading")
        XCTAssertTrue(titles.contains("Smertetilstander"))
        XCTAssertTrue(article.links.contains { $0.url == "https://lovdata.no/dokument/NL/lov/1999-07-02-62" })
        XCTAssertTrue(article.legalReferences.contains { $0.act == "psykisk helsevernloven" && $0.url == "https://lovdata.no/lov/1999-07-02-62" },
                      "\(article.legalReferences.map(\.citation))")
        let traume = try XCTUnwrap(article.sections.first { $0.title == "Traumereaksjoner" })
        XCTAssertTrue(traume.text.contains("alvorlighet av symptomnivå, ikke alvorlighet"), "TABs and line breaks between tags collapse")
    }

    func testAnbefalingInANationalGuideWithHeadingsListedAsItems() throws {
        let (g, diagnostics) = try ContentAPITestSupport.readFixture("anbefaling-by-id.json")
        XCTAssertEqual(g.kind, "Nasjonal veileder")
        XCTAssertEqual(g.title, "Veileder om oppfølging av personer med store og sammensatte behov")
        XCTAssertEqual(g.chapters.first?.title, "Bedre oppfølging av pasienter og brukere med omfattende behov for tjenester krever tydelig ledelse")
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(article.kind, .recommendation)
        XCTAssertTrue(article.sections.contains { $0.title == "Pasienter og brukeres medvirkning må styrkes" }, "\(article.sections.map(\.title))")
        XCTAssertTrue(article.links.contains { $0.url.hasPrefix("https://api.helsedirektoratet.no/innhold/kapitler/") })
        XCTAssertTrue(diagnostics.contains { $0.path == "Corpus/helsedirektoratet/anbefaling-by-id.json" && $0.message.contains("0006-0041-d5b62800") },
                      "its missing parent is named")
        XCTAssertFalse(article.sections.contains { $0.kind == .rationale }, "an empty nokkelInfo (\"{}\") gives no part")
    }

    func testRundskrivReportsEachMissingChapterOnce() throws {
        let (g, diagnostics) = try ContentAPITestSupport.readFixture("innhold-by-id-rundskriv.json")
        XCTAssertEqual(g.kind, "Rundskriv")
        XCTAssertEqual(g.title, "Rundskriv til folketrygdloven § 5-13 – stønad ved fødsel utenfor institusjon")
        XCTAssertEqual(g.firstPublished, "1. mai 1997")
        let missing = diagnostics.filter { $0.message.contains("finnes ikke i korpuset; resten leses") }
        XCTAssertEqual(missing.count, 5, "ten barn links name five chapters: \(missing)")
        XCTAssertTrue(missing.allSatisfy { $0.path == "Corpus/helsedirektoratet/innhold-by-id-rundskriv.json" && $0.line == 2 })
        XCTAssertTrue(missing[0].description.hasPrefix("Corpus/helsedirektoratet/innhold-by-id-rundskriv.json:2: advarsel: barnet 0006-0041-59809a54"))
    }

    func testProductTopNodesAndPlaceholderText() throws {
        let (ltmv, _) = try ContentAPITestSupport.readFixture("retningslinje-by-id.json")
        XCTAssertEqual(ltmv.id, "langtids-mekanisk-ventilasjon-ltmv")
        XCTAssertEqual(ltmv.kind, "Nasjonal faglig retningslinje")
        XCTAssertEqual(ltmv.firstPublished, "1. juni 2012")
        XCTAssertEqual(ltmv.url, "https://www.helsedirektoratet.no/retningslinjer/langtids-mekanisk-ventilasjon-ltmv")
        XCTAssertTrue(ltmv.articles.isEmpty)
        let (veileder, diagnostics) = try ContentAPITestSupport.readFixture("veileder-lov-forskrift-by-id.json")
        XCTAssertEqual(veileder.kind, "Veileder til lov og forskrift")
        XCTAssertTrue(veileder.articles.isEmpty, "<h3>&nbsp;</h3><ol></ol> is no text")
        XCTAssertEqual(diagnostics.filter { $0.message.hasPrefix("barnet ") }.count, 8)
    }

    func testAllSevenTogetherStayApart() throws {
        let documents = try ContentAPITestSupport.files.map(ContentAPITestSupport.document)
        let (guidelines, _) = ContentAPITestSupport.read(documents)
        XCTAssertEqual(guidelines.count, 7)
        XCTAssertEqual(Set(guidelines.map(\.id)).count, 7)
        XCTAssertTrue(guidelines.allSatisfy { !$0.status.isHearingDraft && $0.licence == "NLOD 2.0" })
    }
}
