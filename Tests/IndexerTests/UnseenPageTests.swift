import Foundation
import GuideKit
@testable import GuideIndexer
import XCTest

/// Invented pages in the shapes Helsedirektoratet pages take that the seeds do not show: the newer
/// site chrome (browser and cookie notices, product label, "Først publisert … Siste faglige endring",
/// Skriv ut / Del / Last ned som PDF / Vis mer), a strength label above the title, numbered headings,
/// a bulleted breadcrumb, tables saved as text, a chapter page whose recommendation titles carry no
/// "bør", a page cut off without breadcrumb or citation, and a page printed to PDF from a browser.
final class UnseenPageTests: XCTestCase {
    private func read(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (Guideline, [Diagnostic]) {
        let document = try IndexerTestSupport.fixture(name)
        var diagnostics: [Diagnostic] = []
        let guideline = StructurePipeline.guideline(from: document, diagnostics: &diagnostics)
        return (try XCTUnwrap(guideline, "nothing read from \(name): \(diagnostics)", file: file, line: line), diagnostics)
    }

    private func kinds(_ article: Article) -> [String] {
        article.sections.map { "\($0.title ?? "–"):\($0.kind.rawValue)" }
    }

    // MARK: - Recommendation page, newer chrome

    func testNewerChromeRecommendationPage() throws {
        let (g, diagnostics) = try read("web-hjerneslag-ny-mal.txt")
        XCTAssertEqual(g.title, "Hjerneslag")
        XCTAssertEqual(g.kind, "Nasjonal faglig retningslinje", "the product label gives the kind")
        XCTAssertEqual(g.status, .published)
        XCTAssertEqual(g.firstPublished, "14. mars 2017")
        XCTAssertEqual(g.lastChanged, "2. februar 2024")
        XCTAssertEqual(g.chapters.map(\.title), ["Akuttbehandling av hjerneinfarkt"])
        XCTAssertEqual(g.articles.map(\.title),
                       ["Trombolyse ved akutt hjerneinfarkt bør gis så raskt som mulig og innen 4,5 timer etter symptomdebut"],
                       "the strength label above the title is not the title")
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(article.kind, .recommendation)
        XCTAssertEqual(kinds(article), [
            "–:recommendation", "Praktisk – slik kan anbefalingen følges:practical",
            "Begrunnelse – dette er anbefalingen basert på:rationale", "Fordeler og ulemper:rationale",
            "Kvalitet på dokumentasjonen:rationale",
        ])
        let list = try XCTUnwrap(article.checklists.first?.checklist)
        XCTAssertEqual(list.leadIn, "Prosedyren bør omfatte:")
        XCTAssertEqual(list.items.map(\.text).last, "blodprøver som ikke forsinker behandlingen:")
        XCTAssertEqual(list.items.last?.items.map(\.text), ["blodsukker", "INR ved bruk av warfarin"])
        let practical = article.sections[1].paragraphs.map(\.text)
        XCTAssertTrue(practical.contains("Ankomst til CT | under 15 minutter"), "a table row is one paragraph: \(practical)")
        XCTAssertEqual(article.literature.count, 2)
        XCTAssertEqual(article.url, g.url)
        XCTAssertEqual(diagnostics.filter { $0.line == nil }, [])
    }

    // MARK: - Text page: bulleted breadcrumb, numbered headings, table

    func testPakkeforlopTextPageWithNumberedHeadings() throws {
        let (g, _) = try read("web-pakkeforlop-rus-nummerert.txt")
        XCTAssertEqual(g.title, "Pakkeforløp for tverrfaglig spesialisert rusbehandling", "from the bulleted breadcrumb")
        XCTAssertEqual(g.kind, "Pakkeforløp")
        XCTAssertEqual(g.lastChanged, "18. august 2022", "\"Sist faglig oppdatert\"")
        XCTAssertNil(g.firstPublished)
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(g.articles.count, 1)
        XCTAssertEqual(article.kind, .text, "no advice title, label or Praktisk/Begrunnelse: a text page")
        XCTAssertEqual(article.title, "Utredning og behandlingsstart", "the section number is not part of the title")
        XCTAssertEqual(article.sections.compactMap(\.title),
                       ["Kartlegging av rusmiddelbruk", "Forløpstider", "Beslutning om behandling"])
        XCTAssertEqual(article.checklists.first?.checklist.items.count, 4)
        let table = article.sections[2].paragraphs.map(\.text)
        XCTAssertEqual(table.suffix(3), ["Forløpstid | Antall dager", "Fra henvisning mottatt til første oppmøte | 10",
                                         "Fra første oppmøte til beslutning | 30"])
    }

    // MARK: - Cut off, no breadcrumb, label below the title

    func testCutOffPageWithoutBreadcrumbOrCitation() throws {
        let (g, diagnostics) = try read("web-svangerskapsdiabetes-avkuttet.txt")
        XCTAssertEqual(g.status, .hearingDraft(deadline: "23. oktober 2026"))
        XCTAssertEqual(g.firstPublished, "1. september 2026")
        XCTAssertNil(g.url)
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(g.articles.count, 1)
        XCTAssertEqual(article.title, "Gravide med svangerskapsdiabetes bør få tilbud om kostveiledning")
        XCTAssertEqual(article.sections.map(\.kind), [.recommendation, .practical, .rationale])
        XCTAssertEqual(article.checklists.first?.checklist.leadIn, "Aktuelle temaer i veiledningen er:")
        XCTAssertTrue(article.sections[2].text.hasSuffix("og anbefa"), "the cut-off text is kept as it is")
        let path = "Tests/IndexerTests/Fixtures/web-svangerskapsdiabetes-avkuttet.txt"
        let messages = diagnostics.map(\.description)
        XCTAssertTrue(messages.contains { $0.hasPrefix("\(path):5: advarsel:") && $0.contains("brødsmulesti") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("\(path):31: advarsel:") && $0.contains("avkuttet") }, "\(messages)")
    }

    // MARK: - Chapter page with strength labels

    func testChapterPageWithLabelledRecommendations() throws {
        let (g, _) = try read("web-avrusning-kapittel-etiketter.txt")
        XCTAssertEqual(g.title, "Avrusning fra rusmidler og vanedannende legemidler", "breadcrumb with › separators")
        XCTAssertEqual(g.chapters.map(\.title), ["Avrusning fra alkohol"])
        XCTAssertEqual(g.firstPublished, "3. april 2016")
        XCTAssertEqual(g.lastChanged, "12. mai 2023")
        XCTAssertEqual(g.articles.map(\.title), [
            "Avrusning fra alkohol",
            "Benzodiazepiner ved moderat eller alvorlig alkoholabstinens",
            "Tiamin til alle som avrusses fra alkohol",
            "Personer med abstinenskramper i sykehistorien bør avrusses i døgninstitusjon",
        ], "a title under a strength label opens a recommendation even without \"bør\"")
        XCTAssertEqual(g.articles.map(\.kind), [.text, .recommendation, .recommendation, .recommendation])
        XCTAssertEqual(g.articles.map { $0.sections.map(\.kind) }, [
            [.other], [.recommendation, .practical, .rationale], [.recommendation, .rationale], [.recommendation],
        ])
    }

    // MARK: - Printed from a browser to PDF

    func testBrowserPrintedPDF() throws {
        let (g, _) = try read("pdf-utskrift-fra-nettleser.txt")
        XCTAssertEqual(g.title, "Urinveisinfeksjon hos beboere i sykehjem", "from the print header")
        XCTAssertEqual(g.url, "https://www.helsedirektoratet.no/faglige-rad/urinveisinfeksjon-i-sykehjem/behandling")
        XCTAssertEqual(g.firstPublished, "10. oktober 2019")
        XCTAssertEqual(g.lastChanged, "1. desember 2025")
        XCTAssertEqual(g.articles.map(\.title), [
            "Sykehjemslegen bør ikke behandle asymptomatisk bakteriuri hos beboere i sykehjem",
            "Ved nedre urinveisinfeksjon hos kvinner i sykehjem bør pivmecillinam være førstevalg",
        ])
        XCTAssertEqual(g.articles.map { $0.sections.map(\.kind) },
                       [[.recommendation, .practical, .rationale], [.recommendation, .practical, .rationale, .references]])
        XCTAssertEqual(g.articles.first?.checklists.first?.checklist.items.count, 3)
        XCTAssertEqual(g.articles.first?.sections.last?.text,
                       "Behandling av bakterier i urinen uten symptomer gir ikke færre infeksjoner, men øker risikoen for resistente bakterier og bivirkninger.",
                       "print footer and header between pages are not text")
        XCTAssertEqual(g.articles.last?.literature.count, 1)
    }

    // MARK: - Line shapes

    func testPublicationDateLines() {
        let cases: [(String, PublicationDates?)] = [
            ("Først publisert: 23. juni 2023 Siste faglige endring: 24. juni 2023 Se tidligere versjoner",
             PublicationDates(firstPublished: "23. juni 2023", lastChanged: "24. juni 2023")),
            ("Siste faglige endring: 15. april 2021", PublicationDates(firstPublished: nil, lastChanged: "15. april 2021")),
            ("Sist faglig oppdatert: 28.02.2022", PublicationDates(firstPublished: nil, lastChanged: "28.02.2022")),
            ("Publisert 12.2.2015 Sist endret 14.9.2016", PublicationDates(firstPublished: "12.2.2015", lastChanged: "14.9.2016")),
            ("Først publisert i 2017 ble retningslinjen revidert.", nil),
            ("Siste faglige endring gjelder kapittel 3.", nil),
        ]
        for (line, expected) in cases {
            XCTAssertEqual(PublicationDates.parse(line), expected, line)
        }
    }

    func testNumberedHeadingsAndOrderedLists() {
        XCTAssertEqual(WebHeadings.withoutNumbering("22.2. Kunnskapsbasert prosess"), "Kunnskapsbasert prosess")
        XCTAssertEqual(WebHeadings.withoutNumbering("13. Metode og prosess"), "Metode og prosess")
        XCTAssertEqual(WebHeadings.withoutNumbering("4,5 timer er grensen"), "4,5 timer er grensen")
        let lines = ["1. Vurder pusten", "2. Vurder sirkulasjonen", "3. Ring medisinsk nødtelefon",
                     "Tiltakene gjøres i denne rekkefølgen uansett hvor pasienten er."]
        let units = WebUnit.units(of: lines.enumerated().map { WebPageLine(number: $0.offset + 1, raw: $0.element) })
        XCTAssertEqual(units.map(\.kind), [.paragraph, .paragraph, .paragraph, .paragraph],
                       "consecutively numbered lines are an ordered list, not headings")
    }
}
