import Foundation
import GuideKit
@testable import GuideIndexer
import XCTest

/// The web page reader on the real seed page (gold: shared/eval/gold-structure.md) and on invented
/// pages that vary the format: explicit Praktisk/Begrunnelse headings with a cookie notice, a chapter
/// page with several recommendations and a browser notice, a page cut off mid-list.
final class WebPageReaderTests: XCTestCase {
    private static let seedPath = "Corpus/me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon.txt"
    private static let chrome = [
        "Gå til hovedinnhold", "Forsiden", "Postadresse", "åpne data", "Personvernerklæring", "[nettdokument]",
        "Om Helsedirektoratet", "Følg oss", "Ekstern høring", "Tilgjengelig fra", "Jobbe hos oss",
    ]

    private func seed(file: StaticString = #filePath, line: UInt = #line) throws -> (Guideline, SourceDocument, [Diagnostic]) {
        let document = try IndexerTestSupport.document(Self.seedPath)
        let (guideline, diagnostics) = IndexerTestSupport.read(document, with: WebPageReader())
        let g = try XCTUnwrap(guideline, "web reader read nothing from \(Self.seedPath): \(diagnostics)", file: file, line: line)
        return (g, document, diagnostics)
    }

    private func fixture(_ name: String) throws -> (Guideline, SourceDocument, [Diagnostic]) {
        let document = try IndexerTestSupport.fixture(name)
        let (guideline, diagnostics) = IndexerTestSupport.read(document, with: WebPageReader())
        return (try XCTUnwrap(guideline, "web reader read nothing from \(name): \(diagnostics)"), document, diagnostics)
    }

    private func assertNoChrome(_ guideline: Guideline, extra: [String] = [], file: StaticString = #filePath, line: UInt = #line) {
        for fragment in Self.chrome + extra {
            let hit = IndexerTestSupport.firstText(in: guideline, containing: fragment)
            XCTAssertNil(hit, "site chrome \"\(fragment)\" indexed as content in \(guideline.source.path): \(hit ?? "")", file: file, line: line)
        }
    }

    // MARK: - Seed page

    func testSeedGuidelineTitleStatusAndChapterComeFromTheBreadcrumb() throws {
        let (g, _, _) = try seed()
        XCTAssertEqual(g.title, "Utmattelse – langvarig utmattelse, inkl. ME/CFS", "breadcrumb guideline title")
        XCTAssertTrue(g.status.isHearingDraft, "HØRINGSUTKAST in the breadcrumb: status \(g.status)")
        XCTAssertEqual(g.chapters.map(\.title), ["Behov for helsehjelp i hjemmet eller på institusjon"])
    }

    func testSeedIsOneRecommendationTitledByThePageTitle() throws {
        let (g, _, _) = try seed()
        XCTAssertEqual(g.articles.count, 1, "articles: \(g.articles.map(\.title))")
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(article.kind, .recommendation)
        XCTAssertEqual(article.title, "Virksomhetsleder bør sørge for en forutsigbar og koordinert oppfølging av pasienter med behov for helsehjelp i hjemmet eller på institusjon")
    }

    func testSeedCitationBlockGivesAddressAccessDateYearAndPublisher() throws {
        let (g, document, _) = try seed()
        let citation = try XCTUnwrap(document.lines.first { $0.contains("[nettdokument]") }, "seed has no citation block")
        let url = try XCTUnwrap(citation.components(separatedBy: "Tilgjengelig fra ").last)
        XCTAssertTrue(url.hasPrefix("https://www.helsedirektoratet.no/retningslinjer/"), url)
        XCTAssertEqual(g.url, url)
        XCTAssertEqual(g.articles.first?.url, url)
        XCTAssertEqual(g.accessed, "04. februar 2026")
        XCTAssertEqual(g.year, "2026")
        XCTAssertEqual(g.publisher, "Helsedirektoratet")
    }

    func testSeedSubHeadingsInOrderAndSectionKinds() throws {
        let (g, _, _) = try seed()
        let sections = try XCTUnwrap(g.articles.first).sections
        XCTAssertEqual(sections.compactMap(\.title),
                       ["Pårørende", "Tilrettelegging", "Kollegastøtte/veiledning", "Pårørende", "Etisk refleksjon og veiledning"])
        XCTAssertEqual(sections.first?.title, nil, "the statement comes first, untitled")
        XCTAssertEqual(sections.first?.kind, .recommendation)
        let kinds = sections.map { "\($0.title ?? "–"):\($0.kind.rawValue)" }
        XCTAssertEqual(kinds, [
            "–:recommendation", "Pårørende:other", "–:other", "Tilrettelegging:other", "Kollegastøtte/veiledning:other",
            "Pårørende:other", "–:rationale", "Etisk refleksjon og veiledning:rationale",
        ], "the repeated «Pårørende» shows where a part whose heading the page lost began")
        let first = try XCTUnwrap(sections.first { $0.title == "Pårørende" })
        XCTAssertEqual(first.paragraphs.count, 2, "the first «Pårørende» holds only its two paragraphs about relatives")
        XCTAssertFalse(first.text.contains("funksjonsnivå"), first.text)
        XCTAssertTrue(sections[2].text.hasPrefix("Ta utgangspunkt i pasientens funksjonsnivå"), sections[2].text)
    }

    func testSeedRationaleBeginsAtThePurposeParagraph() throws {
        let (g, _, _) = try seed()
        let sections = try XCTUnwrap(g.articles.first).sections
        let firstRationale = try XCTUnwrap(sections.firstIndex { $0.kind == .rationale }, "no rationale in \(sections.map(\.title))")
        let opening = sections[firstRationale].paragraphs.first?.text ?? ""
        XCTAssertTrue(opening.hasPrefix("Hensikten med anbefalingen"), "rationale opens with: \(opening.prefix(80))")
        XCTAssertTrue(sections[firstRationale...].allSatisfy { $0.kind == .rationale }, "everything after it is rationale")
        let before = sections[..<firstRationale].flatMap(\.paragraphs).map(\.text)
        XCTAssertFalse(before.contains { $0.hasPrefix("Pasienterfaringer fremhever") }, "rationale text stands before the rationale")
    }

    func testSeedChecklistsWithLeadInsCountsAndNesting() throws {
        let (g, _, _) = try seed()
        let lists = try XCTUnwrap(g.articles.first).checklists.map(\.checklist)
        XCTAssertEqual(lists.map(\.items.count), [9, 6, 2], "top-level items; lead-ins \(lists.map(\.leadIn))")
        guard lists.count == 3 else { return }
        XCTAssertTrue(lists[0].leadIn.hasPrefix("Plan for oppfølging bør inneholde punkter"), lists[0].leadIn)
        XCTAssertTrue(lists[1].leadIn.hasPrefix("Utforsk situasjonen sammen med pasienten"), lists[1].leadIn)
        XCTAssertTrue(lists[2].leadIn.hasSuffix("For støtte i etisk utfordrende situasjoner, kan følgende vurderes:"), lists[2].leadIn)

        let nested = lists.map { list in list.items.filter { !$0.items.isEmpty }.map { "\($0.text.prefix(40))=\($0.items.count)" } }
        XCTAssertEqual(nested[0], ["Hvordan ivareta:=2", "Hvordan involverte tjenesteytere samarbe=1"])
        XCTAssertEqual(nested[1], ["Er det behov for tekniske hjelpemidler?=2"])
        XCTAssertEqual(nested[2], [])
        XCTAssertEqual(lists[0].items[6].items.map(\.text), ["behov for sosial kontakt", "fysisk og kognitive funksjoner"],
                       "no-break space trimmed from items")
    }

    func testSeedLiteratureIsKeptApartFromTheSections() throws {
        let (g, _, _) = try seed()
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(article.literature.map { String($0.text.prefix(12)) }, ["Bakken, A. K", "Casson, S., ", "Sommerfelt, "])
        let hit = IndexerTestSupport.firstText(in: g, containing: "Acquiring a new understanding")
        XCTAssertNil(hit, "literature indexed as a paragraph: \(hit ?? "")")
    }

    func testSeedHoldsNoSiteChrome() throws {
        let (g, _, _) = try seed()
        assertNoChrome(g)
        XCTAssertEqual(g.chapters.count, 1)
        XCTAssertFalse(IndexerTestSupport.indexedTexts(g).contains("Om oss"), "footer bullets read as a checklist")
    }

    func testSeedLineSpansPointAtTheirText() throws {
        let (g, document, _) = try seed()
        let article = try XCTUnwrap(g.articles.first)
        for section in article.sections {
            for p in section.paragraphs {
                let line = TextCleanup.normalizeSpaces(document.lines[p.source.firstLine - 1])
                XCTAssertEqual(line, p.text, "paragraph span \(p.source.lineDescription) points at other text")
            }
        }
        let first = try XCTUnwrap(article.checklists.first?.checklist)
        XCTAssertTrue(document.lines[first.source.firstLine - 1].hasPrefix("Plan for oppfølging"), "lead-in line \(first.source.firstLine)")
        XCTAssertTrue(document.lines[first.source.lastLine - 1].contains("Samarbeid med pårørende"), "last item line \(first.source.lastLine)")
        let titleLine = document.lines[article.source.firstLine - 1]
        XCTAssertEqual(TextCleanup.normalizeSpaces(titleLine), article.title, "article starts at its title line")
        let last = try XCTUnwrap(article.literature.last)
        XCTAssertEqual(article.source.lastLine, last.source.lastLine, "article ends with its last reference")
        XCTAssertTrue(document.lines[last.source.firstLine - 1].hasPrefix("Sommerfelt"), "reference span \(last.source.lineDescription)")
        let tilrettelegging = try XCTUnwrap(article.sections.first { $0.title == "Tilrettelegging" })
        XCTAssertEqual(document.lines[tilrettelegging.source.firstLine - 1], "Tilrettelegging")
        XCTAssertEqual(tilrettelegging.source.lastLine, tilrettelegging.paragraphs.last?.source.lastLine)
    }

    func testFitnessPrefersWebPagesAndRejectsPDFTextAndMarkdown() throws {
        let reader = WebPageReader()
        let cases: [(String, ClosedRange<Double>)] = [
            (Self.seedPath, 0.8...1),
            ("Corpus/als-samhandling-og-oppfolging.txt", 0...0.05),
            ("Tests/IndexerTests/Fixtures/web-anbefaling-praktisk-begrunnelse.txt", 0.8...1),
            ("Tests/IndexerTests/Fixtures/web-kapittel-flere-anbefalinger.txt", 0.8...1),
            ("Tests/IndexerTests/Fixtures/web-avkuttet.txt", 0.5...1),
            ("Tests/IndexerTests/Fixtures/md-retningslinje.md", 0...0.05),
        ]
        for (path, expected) in cases {
            let score = reader.fitness(for: try IndexerTestSupport.document(path))
            XCTAssertTrue(expected.contains(score), "\(path): web fitness \(score), expected \(expected)")
        }
        let markdownAsText = SourceDocument(path: "x.txt", text: "---\ntitle: X\n---\n\n# Kapittel\n\n## Anbefaling\n\nTekst.\n")
        XCTAssertLessThan(reader.fitness(for: markdownAsText), 0.05, "Markdown saved as .txt")
    }

    // MARK: - Invented pages

    func testExplicitPracticalAndRationaleHeadingsWithCookieNotice() throws {
        let (g, _, _) = try fixture("web-anbefaling-praktisk-begrunnelse.txt")
        XCTAssertEqual(g.title, "Søvnvansker hos barn og unge")
        XCTAssertEqual(g.status, .hearingDraft(deadline: "15. mars 2026"), "status from breadcrumb, deadline from the banner")
        XCTAssertEqual(g.chapters.map(\.title), ["Kartlegging av søvn"])
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(g.articles.count, 1)
        XCTAssertEqual(article.sections.map { "\($0.title ?? "–"):\($0.kind.rawValue)" }, [
            "–:recommendation", "Praktisk – slik kan anbefalingen følges:practical", "Skolehelsetjenesten:practical",
            "Begrunnelse – dette er anbefalingen basert på:rationale", "Kunnskapsgrunnlag:rationale",
        ])
        let list = try XCTUnwrap(article.checklists.first?.checklist)
        XCTAssertEqual(list.leadIn, "Samtalen med barnet og foreldrene bør omfatte:")
        XCTAssertEqual(list.items.map(\.text), ["Leggetid og oppvåkning", "Skjermbruk før leggetid", "Koffein og energidrikker"])
        XCTAssertEqual(list.items[1].items.map(\.text), ["mobil og nettbrett", "spill på kveldstid"])
        XCTAssertEqual(article.literature.count, 2, "APA and organisation references: \(article.literature.map(\.text))")
        XCTAssertEqual(article.links.map(\.url), ["https://www.example.no/sovndagbok"])
        XCTAssertEqual(article.url, "https://www.helsedirektoratet.no/retningslinjer/sovnvansker-horingsutkast/kartlegging-av-sovn/helsepersonell-bor-kartlegge-sovnvaner")
        XCTAssertEqual(g.accessed, "12. mars 2026")
        assertNoChrome(g, extra: ["informasjonskapsler", "Godta alle", "Kun nødvendige", "Høringsfrist", "Referanser"])
    }

    func testChapterPageWithSeveralRecommendationsAndBrowserNotice() throws {
        let (g, _, _) = try fixture("web-kapittel-flere-anbefalinger.txt")
        XCTAssertEqual(g.title, "Søvnvansker hos barn og unge", "glued breadcrumb without a status word")
        XCTAssertEqual(g.status, .published)
        XCTAssertEqual(g.chapters.map(\.title), ["Behandling av søvnvansker"])
        XCTAssertEqual(g.articles.map(\.kind), [.text, .recommendation, .recommendation], "\(g.articles.map(\.title))")
        XCTAssertEqual(g.articles.dropFirst().map(\.title), [
            "Barn og unge med søvnvansker bør først få råd om søvnhygiene",
            "Ved vedvarende søvnvansker bør melatonin vurderes av lege",
        ])
        for article in g.articles.dropFirst() {
            XCTAssertEqual(article.sections.map(\.kind), [.recommendation, .practical, .rationale], article.title)
            XCTAssertNil(article.url, "one citation block on a chapter page addresses the page, not \(article.title)")
        }
        XCTAssertEqual(g.articles.last?.literature.count, 1, "Vancouver reference")
        XCTAssertEqual(g.url, "https://www.helsedirektoratet.no/retningslinjer/sovnvansker/behandling-av-sovnvansker")
        XCTAssertEqual(g.year, "2025")
        assertNoChrome(g, extra: ["nettleser", "Sterk anbefaling", "Nyheter", "Høringer"])
    }

    func testCutOffPageIsReadAsFarAsItGoes() throws {
        let (g, document, diagnostics) = try fixture("web-avkuttet.txt")
        XCTAssertTrue(g.status.isHearingDraft)
        XCTAssertEqual(g.chapters.map(\.title), ["Oppfølging"])
        let article = try XCTUnwrap(g.articles.first)
        XCTAssertEqual(article.title, "Fastlegen bør følge opp barn og unge med søvnvansker etter seks uker")
        XCTAssertNil(g.url)
        let list = try XCTUnwrap(article.checklists.first?.checklist)
        XCTAssertEqual(list.items.map(\.text), ["endringer i søvnmønsteret", "bivirkninger av eventuell behandling", "skolefravæ"])
        XCTAssertEqual(article.source.lastLine, document.lines.count, "article runs to the last line")
        let warning = diagnostics.first { $0.message.contains("avkuttet") }
        XCTAssertEqual(warning?.line, document.lines.count, "diagnostics: \(diagnostics.map(\.description))")
        XCTAssertTrue(warning?.description.hasPrefix("Tests/IndexerTests/Fixtures/web-avkuttet.txt:") == true)
    }

    func testSeedCutOffAtEveryLineNeverCrashesOrIndexesChrome() throws {
        let seed = try IndexerTestSupport.document(Self.seedPath)
        for count in 1...seed.lines.count {
            let document = SourceDocument(path: seed.path, lines: Array(seed.lines.prefix(count)), baseName: seed.baseName)
            let (g, _) = IndexerTestSupport.read(document, with: WebPageReader())
            guard let g else { continue }
            for fragment in Self.chrome {
                let hit = IndexerTestSupport.firstText(in: g, containing: fragment)
                XCTAssertNil(hit, "seed cut after line \(count): chrome \"\(fragment)\" indexed: \(hit ?? "")")
            }
        }
    }

    // MARK: - Parts

    func testBreadcrumbSplitting() {
        let cases: [(line: String, title: String?, guideline: String?, chapter: String?, hearing: Bool)] = [
            ("ForsidenDiabetes HØRINGSUTKASTOppfølging i kommunen", "Pasienter bør følges opp", "Diabetes", "Oppfølging i kommunen", true),
            ("ForsidenNasjonal faglig retningslinje for ADHDBehandling og oppfølging", nil, "Nasjonal faglig retningslinje for ADHD", "Behandling og oppfølging", false),
            ("ForsidenHjerneslagAkutt behandlingTrombolyse", "Trombolyse", "Hjerneslag", "Akutt behandling", false),
            ("Forsiden › Kreft › Ernæring", nil, "Kreft", "Ernæring", false),
            ("ForsidenSvangerskapsomsorgen", nil, "Svangerskapsomsorgen", nil, false),
            ("Forsidenpalliasjon i kreftomsorgenSmertebehandling", "Smertebehandling", "palliasjon i kreftomsorgen", "Smertebehandling", false),
        ]
        for c in cases {
            let crumb = WebBreadcrumb.parse(c.line, line: 1, pageTitle: c.title)
            XCTAssertEqual(crumb.guidelineTitle, c.guideline, "guideline title of \(c.line)")
            XCTAssertEqual(crumb.chapterTitle, c.chapter, "chapter of \(c.line)")
            XCTAssertEqual(crumb.isHearingDraft, c.hearing, "status of \(c.line)")
        }
    }

    func testRationaleOpenings() {
        let yes = ["Hensikten med anbefalingen er å …", "Hensikten med rådet er …", "Anbefalingen er basert på …",
                   "Rådet bygger på erfaring …", "Bakgrunnen for denne anbefalingen er …"]
        let no = ["Anbefalingen gjelder alle pasienter.", "Hensikten er å sikre oppfølging.", "Planen bør evalueres."]
        for text in yes { XCTAssertTrue(WebRationaleOpening.matches(text), "should open a rationale: \(text)") }
        for text in no { XCTAssertFalse(WebRationaleOpening.matches(text), "should not open a rationale: \(text)") }
    }

    func testOddPagesNeverCrashAndNeverIndexChrome() {
        let cases: [(name: String, text: String, readable: Bool)] = [
            ("empty", "", false),
            ("blank lines", "\n\n  \n", false),
            ("only chrome", "Gå til hovedinnhold\nVi bruker informasjonskapsler.\nGodta alle\n", false),
            ("breadcrumb only", "Gå til hovedinnhold\nForsidenKreftErnæring\n", false),
            ("title only", "ForsidenKreftErnæring\n\nPasienter bør få kostråd\n", true),
            ("bullets first", "Pasienter bør få kostråd\n\n  • frukt\n  • grønnsaker\n", true),
            ("footer only after title", "Tittel\n\nOm Helsedirektoratet\n\n  • Om oss\n    Postadresse:\nOm nettstedet\n  • Personvernerklæring\n", true),
            ("CRLF and tabs", "ForsidenKreftErnæring\r\n\r\nTittel på råd\r\n\r\nTekst her.\r\n\r\n\t• punkt\r\n", true),
        ]
        for c in cases {
            let document = SourceDocument(path: "Corpus/\(c.name).txt", text: c.text)
            let (g, _) = IndexerTestSupport.read(document, with: WebPageReader())
            XCTAssertEqual(g != nil, c.readable, "\(c.name): \(c.text.debugDescription)")
            if let g {
                for text in IndexerTestSupport.indexedTexts(g) {
                    XCTAssertFalse(["Forsiden", "Postadresse", "Personvernerklæring", "Om oss"].contains { text.contains($0) },
                                   "\(c.name): chrome indexed: \(text)")
                }
            }
        }
    }
}
