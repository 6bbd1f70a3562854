import XCTest
import GuideKit
@testable import GuideIndexer

/// Invented guidelines in the same PDF-text style, varying what the seed does not show:
/// "Anbefaling" labels and CRLF line endings, no banner (published), a file cut off mid-list.
final class PDFTextFixtureTests: XCTestCase {
    func testAnbefalingLabelsWithCRLFLineEndings() throws {
        let document = try IndexerTestSupport.fixture("pdf-anbefaling-crlf.txt")
        let (read, diagnostics) = IndexerTestSupport.read(document, with: PDFTextReader())
        let guideline = try XCTUnwrap(read, "nothing read from \(document.path)")
        XCTAssertEqual(diagnostics, [], diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(guideline.status, .hearingDraft(deadline: "15. mars 2024"))
        XCTAssertEqual(guideline.url, "https://www.helsedirektoratet.no/retningslinjer/diabetes-fotsar-horingsutkast")
        XCTAssertEqual(guideline.chapters.map(\.title), ["Forebygging av fotsår hos personer med diabetes", "Om retningslinjen"])

        let recommendations = guideline.articles.filter { $0.kind == .recommendation }
        XCTAssertEqual(recommendations.map(\.title), [
            "Fastlegen bør undersøke føttene til personer med diabetes minst én gang i året",
            "Personer med diabetes og fotsår bør behandles i et tverrfaglig fotteam",
        ])
        for article in recommendations {
            XCTAssertEqual(article.sections.map(\.kind), [.recommendation, .practical, .rationale], article.title)
            XCTAssertEqual(article.sections[1].title, "Praktisk – slik kan anbefalingen følges")
        }
        XCTAssertNil(recommendations[0].url)
        XCTAssertEqual(recommendations[1].url, "https://www.helsedirektoratet.no/retningslinjer/diabetes-fotsar-horingsutkast/forebygging-av-fotsar-hos-personer-med-diabetes/personer-med-diabetes-og-fotsar-bor-behandles-i-et-tverrfaglig-fotteam")

        let first = try XCTUnwrap(recommendations[0].checklists.first?.checklist)
        XCTAssertEqual(first.items.count, 4, first.text)
        XCTAssertTrue(first.items[0].text.hasSuffix("ved hver årlige kontroll"), first.items[0].text)
        let second = try XCTUnwrap(recommendations[1].checklists.first?.checklist)
        XCTAssertEqual(second.items.map(\.items.count), [0, 0, 3], second.text)

        let rationale = recommendations[0].sections[2].text
        XCTAssertTrue(rationale.contains("følger av helsepersonelloven § 4 (lovdata.no) og gjelder alle"), rationale)
        XCTAssertFalse(rationale.contains("ellerhelsepersonelloven"), rationale)
        let later = recommendations[1].sections[2].text
        XCTAssertTrue(later.contains("sårbehandling i kommunen (helsedirektoratet.no). Les mer"), later)
        XCTAssertTrue(later.contains("brukerrettighetsloven § 2-1 b"), later)

        XCTAssertEqual(recommendations[0].links.count, 3)
        XCTAssertEqual(recommendations[1].links.map(\.url), [
            "https://www.helsedirektoratet.no/faglige-rad/sarbehandling-i-kommunen", "https://lovdata.no/lov/1999-07-02-63/%C2%A72-1b",
        ])

        let about = try XCTUnwrap(guideline.chapters.last?.articles.first)
        XCTAssertEqual(about.kind, .text)
        XCTAssertEqual(about.sections.compactMap(\.title), ["Målgruppe", "Arbeidsgruppe"])
        for text in IndexerTestSupport.indexedTexts(guideline) {
            XCTAssertFalse(text.contains("\r") || text.contains("høringssiden") || text.contains("http"), text)
        }
    }

    func testPublishedGuidelineWithoutBanner() throws {
        let document = try IndexerTestSupport.fixture("pdf-no-banner.txt")
        let (read, diagnostics) = IndexerTestSupport.read(document, with: PDFTextReader())
        let guideline = try XCTUnwrap(read)
        XCTAssertEqual(diagnostics, [], diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertEqual(guideline.status, .published)
        XCTAssertNil(guideline.url, "no address of the guideline itself is listed")
        XCTAssertEqual(guideline.chapters.map(\.title), ["Ernæring ved kreft hos eldre", "Ernæring i livets sluttfase"])
        XCTAssertEqual(guideline.articles.map(\.title), [
            "Sykehjemmet bør kartlegge ernæringsstatus hos beboere med kreft ved innkomst og deretter hver måned",
            "I livets sluttfase bør mat og drikke tilbys etter pasientens ønske",
        ])
        XCTAssertEqual(guideline.articles.map { $0.checklists.map(\.checklist.items.count) }, [[3], [2]])
        XCTAssertEqual(guideline.articles[0].links.map(\.url), ["https://lovdata.no/forskrift/2019-03-01-168/%C2%A76"])
        XCTAssertEqual(guideline.articles[1].links, [], "the second chapter's page lists no links")
    }

    func testCutOffFileKeepsWhatItHasAndSaysWhy() throws {
        let document = try IndexerTestSupport.fixture("pdf-cut-off.txt")
        let (read, diagnostics) = IndexerTestSupport.read(document, with: PDFTextReader())
        let guideline = try XCTUnwrap(read)
        XCTAssertEqual(guideline.articles.count, 1)
        let article = try XCTUnwrap(guideline.articles.first)
        XCTAssertEqual(article.sections.map(\.kind), [.recommendation, .practical])
        XCTAssertEqual(article.checklists.first?.checklist.items.last?.text, "tilbyr næringsdrikk mellom")
        let messages = diagnostics.map(\.description)
        XCTAssertTrue(messages.contains { $0.hasPrefix("\(document.path):5: advarsel:") && $0.contains("Begrunnelse") }, messages.joined(separator: "\n"))
        XCTAssertTrue(messages.contains { $0.hasPrefix("\(document.path):26: advarsel:") && $0.contains("avkuttet") }, messages.joined(separator: "\n"))
    }

    func testTextWithoutStructureYieldsNothingAndNoCrash() {
        for text in ["", "\n\n", "Bare en linje uten struktur.\n\nOg en til.\n", "https://lovdata.no/\n 1\n"] {
            let (read, _) = IndexerTestSupport.read(SourceDocument(path: "Corpus/tom.txt", text: text), with: PDFTextReader())
            XCTAssertNil(read, "input: \(text.debugDescription)")
        }
    }

    func testFitnessIsZeroForMarkdownAndWebText() {
        let cases: [(String, String)] = [
            ("markdown", "# Retningslinje\n\n## Anbefaling\n\nFastlegen bør undersøke føttene.\n\n- første punkt\n- andre punkt\n"),
            ("web", "Gå til hovedinnhold\nForsidenRetningslinje\n\nTekst\n\n  • punkt\n"),
        ]
        for (name, text) in cases {
            XCTAssertEqual(PDFTextReader().fitness(for: SourceDocument(path: "x/\(name).txt", text: text)), 0, name)
        }
    }
}
