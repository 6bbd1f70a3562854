import GuideKit
import XCTest
@testable import GuideIndexer

/// A product spread over many files, as a mirror of the API keeps it: the tree from links in the
/// API's order, nested chapters, deep nesting under a unit, a missing child, the shapes the real
/// responses show beside the documented ones (`$title`, `System/Code`, arrays, nested children).
final class ContentTreeTests: XCTestCase {
    static func item(_ id: String, _ type: String, _ title: String, text: String = "", status: String = "Gjeldende",
                     data: String = "{}", links: [(rel: String, id: String)] = [], extra: String = "") -> String {
        let linkJSON = links.map { link in
            #"{"rel": "\#(link.rel)", "type": "x", "$title": "t", "href": "https://api.helsedirektoratet.no/innhold/x/\#(link.id)"}"#
        }.joined(separator: ", ")
        return """
        {"id": "\(id)", "tittel": "\(title)", "tekst": "\(text)", "status": "\(status)",
         "forstPublisert": "2021-03-04T10:00", "sistFagligOppdatert": "2024-11-30T00:00",
         "tekniskeData": {"infoId": "\(id)", "infoType": "\(type)", "subtype": ""},
         "data": \(data), "links": [\(linkJSON)], "koder": [{"System": "ICD-10", "Code": "E11", "Display": "Diabetes"}],
         "url": "https://www.helsedirektoratet.no/retningslinjer/\(id)"\(extra)}
        """
    }

    /// A guideline: two chapters (the second with a nested chapter), an anbefaling with every part,
    /// a treatment with dose regimes and contraindications below it, and one child missing.
    static var product: [SourceDocument] {
        let anbefaling = item("a1", "anbefaling", "Gi metformin som førstevalg",
                              text: "<p>Personer med type 2-diabetes bør tilbys metformin.</p>",
                              data: #"""
                              {"praktisk": "<p>Start med lav dose og øk gradvis.</p>", "rasjonale": "<p>Metformin reduserer risikoen.</p>",
                               "nokkelInfo": {"fordelerogulemper": "<p>Fordelene veier opp for magebesvær.</p>",
                                              "kvalitetdokumentasjon": "<p>Moderat kvalitet.</p>", "verdierogpreferanser": "",
                                              "ressurshensyn": "<p>Billig legemiddel.</p>"},
                               "styrke": "sterk", "sjeldentFelt": "<p>Et felt ingen kjenner.</p>"}
                              """#, links: [("forelder", "k1")])
        return [
            ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/p1.json", json: item(
                "p1", "retningslinje", "Nasjonal faglig retningslinje for diabetes",
                links: [("barn", "k1"), ("barn", "k2"), ("barn", "borte"), ("root", "p1")])),
            // The chapters in one file, as an array; k2 lists its children as nested items and a link.
            ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/kapitler.json", json: "[" + [
                item("k2", "kapittel", "Legemidler", text: "<p>Om legemidler ved diabetes.</p>",
                     links: [("forelder", "p1"), ("barn", "k21")],
                     extra: ", \"children\": [" + item("k21", "kapittel", "Insulin", links: [("forelder", "k2"), ("barn", "b1")]) + "]"),
                item("k1", "kapittel", "Forebygging", links: [("forelder", "p1"), ("barn", "a1")]),
            ].joined(separator: ",") + "]"),
            ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/a1.json", json: anbefaling),
            ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/b1.json", json: item(
                "b1", "behandling", "Basalinsulin", text: "<p>Basalinsulin gis om kvelden.</p>",
                links: [("forelder", "k21"), ("barn", "d1")])),
            ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/d1.json", json: item(
                "d1", "doseregime", "Dosering", text: "<p>Startdose 10 enheter.</p>", links: [("forelder", "b1"), ("barn", "c1")])),
            ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/c1.json", json: item(
                "c1", "kontraindikasjon", "Kontraindikasjoner", text: "<p>Hypoglykemi.</p>", links: [("forelder", "d1")])),
        ]
    }

    func testTreeOrderPartsAndDeepNesting() throws {
        let (guidelines, diagnostics) = ContentAPITestSupport.read(Self.product)
        XCTAssertEqual(guidelines.count, 1, "one product, however many files: \(guidelines.map(\.title))")
        let g = try XCTUnwrap(guidelines.first)
        XCTAssertEqual(g.id, "p1")
        XCTAssertEqual(g.sourceID, "p1")
        XCTAssertEqual(g.lastChanged, "30. november 2024")
        XCTAssertEqual(g.chapters.map(\.title), ["Forebygging", "Legemidler", "Insulin"], "the barn order, nested chapters after their parent")
        XCTAssertEqual(g.chapters.map(\.number), [1, 2, 3])
        let a1 = try XCTUnwrap(g.chapters[0].articles.first)
        XCTAssertEqual(a1.id, "p1/1.1")
        XCTAssertEqual(a1.sections.map(\.kind), [.recommendation, .practical, .rationale, .rationale, .rationale, .rationale, .other, .other])
        XCTAssertEqual(a1.sections.map(\.title), [nil, "Praktisk", "Begrunnelse", "Fordeler og ulemper", "Kvalitet på dokumentasjonen",
                                                  "Ressurshensyn", "Styrke", "sjeldentFelt"])
        XCTAssertEqual(a1.sections[6].text, "sterk")
        XCTAssertTrue(diagnostics.contains { $0.path == "Corpus/helsedirektoratet/a1.json" && $0.message == "ukjent felt data.sjeldentFelt; lest som tekst" })
        XCTAssertEqual(g.chapters[1].articles.map(\.kind), [.text], "a chapter's own text is a text article")
        let basal = try XCTUnwrap(g.chapters[2].articles.first)
        XCTAssertEqual(basal.title, "Basalinsulin")
        XCTAssertEqual(basal.sections.map(\.title), [nil, "Dosering", "Kontraindikasjoner"], "dose regimes and contraindications stay under their treatment")
        XCTAssertEqual(basal.sections.last?.text, "Hypoglykemi.")
        let missing = diagnostics.filter { $0.message.contains("borte") }
        XCTAssertEqual(missing.map(\.description), ["Corpus/helsedirektoratet/p1.json:1: advarsel: barnet borte av p1 finnes ikke i korpuset; resten leses"])
    }

    func testHearingDraftPDFOnlyAndUnknownProductType() throws {
        let draft = ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/h.json", json: Self.item(
            "h", "retningslinje", "Høringsutkast – ny retningslinje", text: "<p>Tekst.</p>", status: "Til høring"))
        let current = ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/g.json", json: Self.item(
            "g", "faglig-rad", "Råd om høringsutkast", text: "<p>Tekst.</p>", status: "Gjeldende"))
        let pdf = ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/pdf.json", json: Self.item(
            "pdf", "rapport", "Bare PDF", extra: #", "attachments": [{"title": "Rapporten", "fileUri": "https://x.no/r.pdf", "fileType": "pdf"}]"#))
        let odd = ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/odd.json", json: Self.item("odd", "nyttprodukt", "Nytt", text: "<p>Noe nytt.</p>"))
        let (guidelines, diagnostics) = ContentAPITestSupport.read([draft, current, pdf, odd])
        let byID = Dictionary(uniqueKeysWithValues: guidelines.map { ($0.id, $0) })
        XCTAssertEqual(byID["h"]?.status.isHearingDraft, true)
        XCTAssertEqual(byID["g"]?.status.isHearingDraft, false, "Gjeldende is never a draft, whatever the title says")
        XCTAssertEqual(byID["pdf"]?.articles.count, 0)
        XCTAssertEqual(byID["pdf"]?.title, "Bare PDF")
        XCTAssertTrue(diagnostics.contains { $0.path == "Corpus/helsedirektoratet/pdf.json" && $0.message.contains("bare en PDF (Rapporten: https://x.no/r.pdf); teksten er ikke indeksert") })
        XCTAssertEqual(byID["odd"]?.articles.first?.sections.first?.text, "Noe nytt.")
        XCTAssertTrue(diagnostics.contains { $0.message == "ukjent produkttype \"nyttprodukt\"; lest som tekst" })
    }

    func testNotJSONAndNotAnItemAreReported() {
        let (guidelines, diagnostics) = ContentAPITestSupport.read([
            ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/brutt.json", json: "{\"id\": \"x\", "),
            ContentAPITestSupport.document(path: "Corpus/helsedirektoratet/tom.json", json: "{\"foo\": 1}"),
        ])
        XCTAssertTrue(guidelines.isEmpty)
        XCTAssertEqual(diagnostics.map(\.description), [
            "Corpus/helsedirektoratet/brutt.json: advarsel: ikke gyldig JSON; hoppet over",
            "Corpus/helsedirektoratet/tom.json: advarsel: JSON uten et element fra innholds-API-et (ingen \"id\"); hoppet over",
        ])
    }
}
