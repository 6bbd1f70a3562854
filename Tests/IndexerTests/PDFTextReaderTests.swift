import XCTest
import GuideKit
@testable import GuideIndexer

/// The real PDF text in Corpus/ must give the structure a careful reader finds in it
/// (/work/shared/eval/gold-structure.md).
final class PDFTextReaderTests: XCTestCase {
    private let seedPath = "Corpus/als-samhandling-og-oppfolging.txt"
    private var guideline: Guideline!
    private var diagnostics: [Diagnostic] = []

    override func setUpWithError() throws {
        let document = try IndexerTestSupport.document(seedPath)
        let (read, diagnostics) = IndexerTestSupport.read(document, with: PDFTextReader())
        guideline = try XCTUnwrap(read, "the PDF reader read nothing from \(seedPath)")
        self.diagnostics = diagnostics
    }

    private var recommendations: [Article] { guideline.articles.filter { $0.kind == .recommendation } }

    func testChaptersAndRecommendationTitles() {
        XCTAssertEqual(guideline.chapters.map(\.title), [
            "Koordinering og oppfølging av pasienter med ALS i spesialist- og kommunehelsetjenesten",
            "Omsorg ved krisereaksjoner, mestring og deltakelse for pasienter med ALS",
            "Metode og prosess",
        ])
        XCTAssertEqual(guideline.chapters.map { $0.articles.filter { $0.kind == .recommendation }.count }, [4, 3, 0])
        XCTAssertEqual(recommendations.map(\.title), [
            "Når ALS-diagnosen stilles bør sykehuset oppnevne en koordinator for pasienten og de som yter tjenestene",
            "For pasienter med ALS, bør en kommunal koordinator være oppnevnt raskt etter at pasienten er meldt",
            "Informasjon om sykdommen ALS og tilknyttede forhold bør være tilpasset pasientens og pårørendes situasjon og forutsetninger for å ta til seg informasjonen",
            "ALS-teamet i sykehuset og kommunal koordinator bør sammen sikre at tilrettelegging, hjelpemidler og ulike støtteordninger er vurdert og tatt opp med pasienten i forkant av pasientens funksjonsfall",
            "Nevrolog og fagpersoner i ALS-teamet bør legge planer for gjennomføring av diagnosesamtalen og oppfølging av pasient og pårørende de påfølgende dagene etter at diagnosen er gitt",
            "Den tverrfaglige oppfølgingen av pasienter med ALS bør ha fokus på psykisk helse, mestring, aktivitet og deltakelse, i tillegg til kartlegging av sykdomsutvikling og funksjonsfall",
            "Pårørende barn i alderen 0-18 år til pasienter med ALS, bør få tilbud om informasjon og nødvendig oppfølging fra tidspunktet diagnosen er gitt",
        ])
    }

    func testEveryRecommendationHasStatementPracticalAndRationale() {
        for article in recommendations {
            XCTAssertEqual(article.sections.map(\.kind), [.recommendation, .practical, .rationale], article.title)
            XCTAssertNil(article.sections.first?.title, article.title)
            XCTAssertEqual(article.sections[1].title, "Praktisk – slik kan rådet følges", article.title)
            XCTAssertEqual(article.sections[2].title, "Begrunnelse – dette er rådet basert på", article.title)
            XCTAssertFalse(article.sections[0].paragraphs.isEmpty, "statement of \(article.title)")
        }
    }

    func testMethodChapterIsTextWithSubSections() throws {
        let chapter = try XCTUnwrap(guideline.chapters.last)
        XCTAssertEqual(chapter.articles.count, 1)
        let article = try XCTUnwrap(chapter.articles.first)
        XCTAssertEqual(article.kind, .text)
        XCTAssertEqual(article.title, "Metode og prosess")
        XCTAssertEqual(article.sections.compactMap(\.title), [
            "Omfang og avgrensninger", "Rettslig betydning", "Kunnskapsbasert metode",
            "Prosess og arbeidsgruppe", "Implementering av rådene",
        ])
        let process = try XCTUnwrap(article.sections.first { $0.title == "Prosess og arbeidsgruppe" })
        XCTAssertTrue(process.text.contains("Tone Revheim, Helse-Bergen"), "working-group members belong to their sub-section")
    }

    func testChecklistCountsLeadInsAndNesting() throws {
        let counts = recommendations.map { $0.checklists.map { $0.checklist.items.count } }
        XCTAssertEqual(counts, [[5], [5, 3], [5], [3], [6], [9], []])
        let leadIns = recommendations.map { $0.checklists.map { $0.checklist.leadIn } }
        XCTAssertEqual(leadIns[0], ["Oppgaver for ALS-koordinator kan være å:"])
        XCTAssertEqual(leadIns[2], ["Rådet kan følges ved at:"])
        XCTAssertEqual(leadIns[4], ["Rådet kan følges ved at de involverte i diagnosesamtalen:"])
        XCTAssertTrue(leadIns[1][1].hasPrefix("Rådet kan videre følges ved at det tverrfaglige kommunale teamet"), leadIns[1][1])
        for article in recommendations {
            for (section, _) in article.checklists {
                XCTAssertEqual(section.kind, .practical, "checklists stand in Praktisk: \(article.title)")
            }
        }

        let diagnosisTalk = try XCTUnwrap(recommendations[4].checklists.first?.checklist)
        XCTAssertEqual(diagnosisTalk.items.map(\.items.count), [0, 0, 0, 0, 0, 8])
        let last = try XCTUnwrap(diagnosisTalk.items.last)
        XCTAssertTrue(last.text.hasPrefix("foretar en psykososial vurdering"), last.text)
        XCTAssertEqual(last.items.first?.text, "har pasienten noen å være sammen med?")
        XCTAssertTrue(last.items.last?.text.hasPrefix("hvem ivaretar barnet eller barna?") ?? false, last.items.last?.text ?? "")
        XCTAssertEqual(diagnosisTalk.itemCount, 14)
    }

    func testItemsAreWholeNotSplitAtLineWraps() throws {
        let first = try XCTUnwrap(recommendations[0].checklists.first?.checklist.items.first)
        XCTAssertEqual(first.text, "opprette kontakt med pasientens fastlege raskt etter diagnosetidspunktet, for å sikre at denne har nødvendig kjennskap til pasienten og kompetanse til å ivareta både akutte og langvarige behov hos pasienten")
        XCTAssertEqual(first.source.firstLine, 47)
        XCTAssertEqual(first.source.lastLine, 51)
    }

    func testNoPageFurnitureInText() {
        for text in IndexerTestSupport.indexedTexts(guideline) {
            XCTAssertFalse(text.contains("høring"), "banner text indexed: \(text)")
            XCTAssertFalse(text.contains("http"), "URL indexed as text: \(text)")
            XCTAssertFalse(text.contains("%C2%A7"), "escaped § left in text: \(text)")
            XCTAssertNil(text.range(of: #"^\s*\d{1,3}\s*$"#, options: .regularExpression), "page number indexed: \(text)")
            XCTAssertFalse(text.contains("\u{00A0}") || text.contains("  "), "unnormalized spaces: \(text)")
        }
    }

    func testGluedLinkTextsAreRepaired() {
        let all = IndexerTestSupport.indexedTexts(guideline).joined(separator: "\n")
        for glued in ["ellerspesialisthelsetjenesteloven", "personellkoordinator", "Vedrundskriv", "medkommentarer",
                      "ogHva", "herunderråd", "Helsedirektoratetsforskrift", "barnrundskrivet", "Dersomlovfestede"] {
            XCTAssertFalse(all.contains(glued), "glued word left in the text: \(glued)")
        }
        for repaired in [
            "følger av spesialisthelsetjenesteloven § 2-5a (lovdata.no) og gjelder pasienter med behov for komplekse eller langvarige",
            "rehabilitering og koordinator (lovdata.no). Plikt til å melde",
            "gjelder personell både i spesialisthelsetjenesten",
            "I rundskriv til helsepersonelloven med kommentarer er kravene til epikrise nærmere angitt.",
            "pasient- og brukerrettighetsloven § 2-5a",
            "jamfør helsepersonelloven § 10a (lovdata.no). Helsepersonells plikt",
            "jamfør arbeidsmiljøloven § 4-4 (lovdata.no).",
            "ergonomiske tiltak.",
        ] {
            XCTAssertTrue(all.contains(repaired), "expected repaired text: \(repaired)")
        }
    }

    func testHearingStatusAndAddresses() {
        XCTAssertEqual(guideline.status, .hearingDraft(deadline: "30. juni 2023"))
        XCTAssertEqual(guideline.title, "", "the PDF text has no title page; the metadata pass fills it")
        XCTAssertEqual(guideline.url, "https://www.helsedirektoratet.no/faglige-rad/als-samhandling-og-oppfolging-av-pasienter-med-amyotrofisk-lateralsklerose-als-horingsutkast")
        let withOwnPage = recommendations.enumerated().filter { $0.element.url != nil }.map(\.offset)
        XCTAssertEqual(withOwnPage, [2, 6], "only A3 and A7 have their own page among the listed URLs")
        for article in recommendations {
            if let url = article.url {
                XCTAssertTrue(url.hasSuffix(PDFAddress.slug(article.title)), url)
            }
        }
    }

    func testLinksGoToTheArticleWhoseTextCarriesThem() {
        func urls(_ index: Int) -> [String] { recommendations[index].links.map(\.url) }
        XCTAssertTrue(urls(0).contains("https://lovdata.no/lov/1999-07-02-61/%C2%A72-5a"))
        XCTAssertTrue(urls(0).contains("https://lovdata.no/forskrift/2011-12-16-1256/%C2%A711"))
        XCTAssertFalse(urls(1).contains("https://lovdata.no/lov/1999-07-02-61/%C2%A72-5a"), "A2 has no text on A1's links")
        XCTAssertTrue(urls(1).contains("https://lovdata.no/dokument/SF/forskrift/1983-11-23-1779"))
        XCTAssertTrue(urls(2).contains("https://www.statsforvalteren.no/portal/vergemal/fremtidsfullmakt/"))
        XCTAssertFalse(urls(2).contains { $0.contains("kommunens-ansvar-for-hjelpemidler") }, "shared page: that link is A4's")
        XCTAssertTrue(urls(3).contains { $0.contains("kommunens-ansvar-for-hjelpemidler") })
        XCTAssertTrue(urls(3).contains("https://lovdata.no/forskrift/2011-12-16-1256/%C2%A79"))
        XCTAssertTrue(urls(3).contains("https://lovdata.no/lov/2005-06-17-62/%C2%A74-4"))
        XCTAssertTrue(urls(4).contains { $0.contains("-10a.helsepersonells-plikt") })
        XCTAssertTrue(urls(5).isEmpty == false && !urls(5).contains { $0.contains("-10a.helsepersonells-plikt") })
        XCTAssertTrue(urls(6).contains("https://lovdata.no/lov/1999-07-02-64/%C2%A710b"))
        let method = guideline.chapters[2].articles[0].links.map(\.url)
        XCTAssertEqual(method.filter { $0.hasPrefix("https://lovdata.no") }.count, 4)
        for article in guideline.articles {
            let urls = article.links.map(\.url)
            XCTAssertEqual(urls.count, Set(urls).count, "a link listed twice in \(article.title)")
        }
    }

    func testSourceSpansPointAtTheOriginalLines() throws {
        let lines = try IndexerTestSupport.document(seedPath).lines
        let spans = IndexerTestSupport.allSpans(guideline)
        XCTAssertFalse(spans.isEmpty)
        for span in spans {
            XCTAssertEqual(span.path, seedPath)
            XCTAssertTrue(span.firstLine >= 1 && span.lastLine <= lines.count, "span \(span.lineDescription) outside the file")
            XCTAssertFalse(lines[span.firstLine - 1].trimmingCharacters(in: .whitespaces).isEmpty,
                           "span \(span.lineDescription) starts on a blank line")
        }
        let statement = recommendations[0].sections[0]
        XCTAssertEqual(statement.paragraphs.first?.source.firstLine, 21)
        XCTAssertEqual(recommendations[0].source.firstLine, 12, "the article starts at its \"Råd\" label")
    }

    func testFitnessPrefersPDFTextAndRefusesWebPage() throws {
        let reader = PDFTextReader()
        XCTAssertGreaterThan(reader.fitness(for: try IndexerTestSupport.document(seedPath)), 0.7)
        let web = try IndexerTestSupport.document("Corpus/me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon.txt")
        XCTAssertEqual(reader.fitness(for: web), 0, "a web page saved as text is not a PDF text")
    }
}
