import Foundation
import GuideKit
@testable import GuideIndexer
import XCTest

/// The Markdown reader on a team-written guideline (front matter, two chapters, nested lists, a text
/// page, links, literature) and on broken front matter.
final class MarkdownReaderTests: XCTestCase {
    private func read(_ name: String) throws -> (Guideline, SourceDocument, [Diagnostic]) {
        let document = try IndexerTestSupport.fixture(name)
        let (guideline, diagnostics) = IndexerTestSupport.read(document, with: MarkdownReader())
        return (try XCTUnwrap(guideline, "markdown reader read nothing from \(name): \(diagnostics)"), document, diagnostics)
    }

    private func read(text: String, path: String = "Corpus/test.md") -> (Guideline?, [Diagnostic]) {
        IndexerTestSupport.read(SourceDocument(path: path, text: text), with: MarkdownReader())
    }

    func testFrontMatterFillsTheGuideline() throws {
        let (g, _, diagnostics) = try read("md-retningslinje.md")
        XCTAssertEqual(g.title, "Søvnvansker hos barn og unge", "quotes removed")
        XCTAssertEqual(g.publisher, "Helsedirektoratet")
        XCTAssertEqual(g.kind, "Nasjonal faglig retningslinje")
        XCTAssertEqual(g.status, .hearingDraft(deadline: "1. juni 2026"))
        XCTAssertEqual(g.url, "https://www.helsedirektoratet.no/retningslinjer/sovnvansker-horingsutkast")
        XCTAssertTrue(diagnostics.isEmpty, "a well-formed file gives no warnings: \(diagnostics.map(\.description))")
    }

    func testChaptersRecommendationsAndTextPage() throws {
        let (g, _, _) = try read("md-retningslinje.md")
        XCTAssertEqual(g.chapters.map(\.title), ["Kartlegging og oppfølging", "Behandling"])
        let outline = g.chapters.map { $0.articles.map { "\($0.kind.rawValue):\($0.title)" } }
        XCTAssertEqual(outline, [
            ["text:Kartlegging og oppfølging", "recommendation:Fastlegen bør kartlegge søvnvaner før behandling starter"],
            ["recommendation:Helsepersonell bør gi råd om søvnhygiene", "text:Metode og prosess"],
        ], "chapter introduction and {.text} become text pages; the {.text} mark is not in the title")
    }

    func testPartsByHeading() throws {
        let (g, _, _) = try read("md-retningslinje.md")
        let parts = g.articles.map { $0.sections.map { "\($0.title ?? "–"):\($0.kind.rawValue)" } }
        XCTAssertEqual(parts[1], [
            "–:recommendation", "Praktisk – slik kan anbefalingen følges:practical",
            "Begrunnelse – dette er anbefalingen basert på:rationale", "Brukererfaringer:rationale",
        ])
        XCTAssertEqual(parts[2], ["–:recommendation", "Pårørende:other"])
        XCTAssertEqual(parts[3], ["–:other"], "a text page's text is not a recommendation statement")
        XCTAssertEqual(g.articles[1].literature.map { String($0.text.prefix(10)) }, ["Hansen, K.", "Folkehelse"])
        XCTAssertNil(IndexerTestSupport.firstText(in: g, containing: "Referanser"), "the literature heading is not a section")
    }

    func testNestedListsBecomeChecklistsUnderTheirLeadIn() throws {
        let (g, _, _) = try read("md-retningslinje.md")
        let first = try XCTUnwrap(g.articles[1].checklists.first?.checklist)
        XCTAssertEqual(first.leadIn, "Samtalen bør omfatte:")
        XCTAssertEqual(first.items.map(\.text), ["Leggetid og oppvåkning", "Skjermbruk før leggetid", "Koffein, for eksempel i energidrikker"],
                       "bold marks removed")
        XCTAssertEqual(first.items[1].items.map(\.text), ["mobil og nettbrett", "spill og strømming på kveldstid"],
                       "a wrapped item continues on the next line")
        let second = try XCTUnwrap(g.articles[2].checklists.first?.checklist)
        XCTAssertEqual(second.leadIn, "Foreldre trenger ofte støtte. Aktuelle tiltak er:")
        XCTAssertEqual(second.items.map { "\($0.text)=\($0.items.count)" }, ["samtale med helsesykepleier=0", "foreldrekurs=2"],
                       "`*` items nest by indentation")
    }

    func testLinksKeepTheirTextInTheParagraph() throws {
        let (g, _, _) = try read("md-retningslinje.md")
        let practical = try XCTUnwrap(g.articles[1].sections.first { $0.kind == .practical })
        XCTAssertEqual(practical.paragraphs.map(\.text), ["Se Søvndagbok for barn og https://www.example.no/skjema."])
        XCTAssertEqual(g.articles[1].links.map { "\($0.text ?? "-")|\($0.url)" }, [
            "Søvndagbok for barn|https://www.example.no/sovndagbok", "-|https://www.example.no/skjema",
        ])
        XCTAssertEqual(g.articles[3].paragraphs, ["Retningslinjen er utarbeidet etter Helsedirektoratets metodebok."],
                       "reference link resolved, definition line not text")
        XCTAssertEqual(g.articles[3].links.map(\.url), ["https://www.helsedirektoratet.no/metodebok"])
    }

    func testLineSpans() throws {
        let (g, document, _) = try read("md-retningslinje.md")
        let article = g.articles[1]
        XCTAssertEqual(document.lines[article.source.firstLine - 1], "## Fastlegen bør kartlegge søvnvaner før behandling starter")
        XCTAssertEqual(article.source.lastLine, 43, "runs to the last reference")
        let statement = try XCTUnwrap(article.sections.first?.paragraphs.first)
        XCTAssertEqual(statement.source.lineDescription, "16-17", "soft-wrapped paragraph spans both lines")
        XCTAssertEqual(statement.text, "Kartleggingen bør skje i samarbeid med barnet og foreldrene, og gjerne med en søvndagbok over to uker.")
        let list = try XCTUnwrap(article.checklists.first?.checklist)
        XCTAssertEqual(list.source.lineDescription, "21-28", "from the lead-in to the last item")
        XCTAssertEqual(list.items[1].source.lineDescription, "24-27", "an item spans its sub-items and their wrapped lines")
        XCTAssertEqual(g.chapters[1].source.firstLine, 45)
        XCTAssertTrue(document.lines[g.chapters[1].source.firstLine - 1].hasPrefix("# Behandling"))
    }

    func testMalformedFrontMatterIsReportedWithLineNumbers() throws {
        let (g, _, diagnostics) = try read("md-feil-i-forside.md")
        let found = diagnostics.map { "\($0.line ?? 0): \($0.message)" }
        XCTAssertEqual(diagnostics.compactMap(\.line), [3, 4, 5], "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("3: ukjent nøkkel 'publiser' i front matter") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("4: linjen i front matter er ikke på formen 'nøkkel: verdi'") }, "\(found)")
        XCTAssertTrue(found.contains { $0.hasPrefix("5: nøkkelen 'status' i front matter har ingen verdi") }, "\(found)")
        XCTAssertTrue(diagnostics[0].description.hasPrefix("Tests/IndexerTests/Fixtures/md-feil-i-forside.md:3: advarsel: "))
        XCTAssertEqual(g.title, "Ernæring ved kreft", "good lines are still used")
        XCTAssertEqual(g.kind, "Nasjonal faglig retningslinje")
        XCTAssertEqual(g.status, .published)
        XCTAssertEqual(g.articles.map(\.title), ["Pasienter bør få ernæringsstatus vurdert ved diagnose"])
    }

    func testUnclosedFrontMatterAndOddBodies() {
        let cases: [(name: String, text: String, warningLines: [Int?], articles: [String])] = [
            ("unclosed", "---\ntitle: X\nstatus: høringsutkast\n\n# K\n\n## Råd\n\nTekst.\n", [1], ["Råd"]),
            ("no front matter", "# K\n\n## Råd\n\nTekst.\n", [nil], ["Råd"]),
            ("part before any article", "---\ntitle: X\n---\n# K\n### Praktisk\nTekst.\n", [], ["K"]),
            ("article before any chapter", "---\ntitle: X\n---\n## Råd\nTekst.\n", [4], ["Råd"]),
            ("unknown class", "---\ntitle: X\n---\n# K\n## Råd {.annet}\nTekst.\n", [5], ["Råd"]),
            ("empty recommendation", "---\ntitle: X\n---\n# K\n## Råd\n", [5], ["Råd"]),
            ("list without lead-in", "---\ntitle: X\n---\n# K\n## Råd\n- a\n- b\n", [6], ["Råd"]),
            ("fenced code and comment", "---\ntitle: X\n---\n# K\n## Råd\n<!-- notat\n# ikke et kapittel -->\n```\n# heller ikke\n```\n", [], ["Råd"]),
        ]
        for c in cases {
            let (g, diagnostics) = read(text: c.text)
            XCTAssertEqual(diagnostics.map(\.line), c.warningLines, "\(c.name): \(diagnostics.map(\.description))")
            XCTAssertEqual(g?.articles.map(\.title) ?? [], c.articles, "\(c.name): \(c.text.debugDescription)")
        }
        let (unclosed, _) = read(text: cases[0].text)
        XCTAssertEqual(unclosed?.status.isHearingDraft, true, "unclosed front matter still read")
        XCTAssertNil(read(text: "").0, "an empty file holds no guideline")
    }

    func testInlineMarkup() {
        let cases: [(String, String, [String])] = [
            ("Se [veilederen](https://a.no/v \"Tittel\").", "Se veilederen.", ["https://a.no/v"]),
            ("**Viktig:** les _dette_ og `kode`.", "Viktig: les dette og kode.", []),
            ("Snake_case_navn og 2*3*4 står.", "Snake_case_navn og 2*3*4 står.", []),
            ("Lenke <https://b.no> og https://c.no/x.", "Lenke https://b.no og https://c.no/x.", ["https://b.no", "https://c.no/x"]),
            ("Hakeparentes [uten lenke] står.", "Hakeparentes [uten lenke] står.", []),
            ("Escaped \\*stjerne\\*.", "Escaped *stjerne*.", []),
        ]
        for (source, text, urls) in cases {
            let rendered = MarkdownInline.render(source)
            XCTAssertEqual(rendered.text, text, "text of \(source)")
            XCTAssertEqual(rendered.links.map(\.url), urls, "links of \(source)")
        }
    }

    func testFitness() throws {
        let reader = MarkdownReader()
        let cases: [(String, ClosedRange<Double>)] = [
            ("Tests/IndexerTests/Fixtures/md-retningslinje.md", 0.9...1),
            ("Corpus/me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon.txt", 0...0.05),
            ("Corpus/als-samhandling-og-oppfolging.txt", 0...0.05),
        ]
        for (path, expected) in cases {
            let score = reader.fitness(for: try IndexerTestSupport.document(path))
            XCTAssertTrue(expected.contains(score), "\(path): markdown fitness \(score), expected \(expected)")
        }
        let asText = SourceDocument(path: "Corpus/x.txt", text: "---\ntitle: X\n---\n\n# Kapittel\n\n## Råd\n")
        XCTAssertGreaterThan(reader.fitness(for: asText), WebPageReader().fitness(for: asText), "front matter in a .txt file")
    }
}

private extension Article {
    var paragraphs: [String] { sections.flatMap(\.paragraphs).map(\.text) }
}
