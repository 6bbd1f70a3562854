import Foundation
import GuideKit
@testable import GuideIndexer
import TestFixtures
import XCTest

/// The 40 real stored pages (`TestFixtures.distractorPages`) read as the index would hold them: no
/// furniture indexed, titles that name the page (never a file name unless the reader says so, never
/// a paragraph), hearing pages flagged and only they, and no warning for a page read right. The
/// furniture checks are written here by rule, apart from the reader's own classification.
final class DistractorPageTests: XCTestCase {
    private struct ReadPage {
        let name: String
        let guideline: Guideline
        let diagnostics: [Diagnostic]
        var address: String
    }

    private static let pages: [ReadPage] = {
        let folder = TestFixtures.distractorPages
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()) ?? []
        return names.compactMap { name in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            let document = SourceDocument(path: "Pages/\(name)", text: text)
            var diagnostics: [Diagnostic] = []
            guard let guideline = StructurePipeline.guideline(from: document, diagnostics: &diagnostics) else { return nil }
            let address = document.lines.first.map { String($0.dropFirst("SOURCE-URL: ".count)) } ?? ""
            return ReadPage(name: name, guideline: guideline, diagnostics: diagnostics, address: address)
        }
    }()

    func testEveryPageIsRead() {
        XCTAssertEqual(Self.pages.count, 40, "every stored page gives a guideline: \(Self.pages.map(\.name))")
    }

    // MARK: - Furniture

    /// Rules for what is not guideline content, each with the shape it recognizes.
    private static let furnitureRules: [(name: String, matches: @Sendable (String) -> Bool)] = [
        ("markup or the address header", { $0.contains("<") && $0.contains(">") || $0.hasPrefix("SOURCE-URL") || $0.contains("DispForm.aspx") }),
        ("print metadata field (label - empty value or IS-nr)", {
            $0.firstRange(ofPattern: #"^\p{Lu}[\p{L}()]*( \p{L}+){0,2} -$"#) != nil || $0.hasPrefix("IS-nr") || $0.hasPrefix("Norsk tittel -")
                || $0.lowercased().hasPrefix("velg data")
        }),
        ("browser or cookie notice", { $0.contains("nettleser vi ikke støtter") || $0.contains("informasjonskapsler") }),
        ("hearing status line", { ["Under behandling"].contains($0) || $0.hasPrefix("Forventet ferdigbehandlet") }),
        ("age notice of news", { $0.firstRange(ofPattern: #"er \d+ år gammel"#) != nil }),
        ("photo credit", { $0.hasPrefix("Foto:") }),
        ("print or download offer", { $0.hasPrefix("Last ned") || $0.contains("Skriv ut") || $0.contains("lagre det som PDF") }),
        ("editor's note", { $0.contains(":)") }),
        ("explanation of a strength label", { $0.hasPrefix("Sterk anbefaling vil") || $0.hasPrefix("Betegnelsen brukes") }),
        ("table rule", { !$0.isEmpty && $0.allSatisfy { "-| ".contains($0) } }),
        ("lone document-kind label", { ["PDF", "Kapittel", "Rapport", "Rundskriv", "Nasjonal veileder"].contains($0) }),
    ]

    func testNoIndexedTextIsFurniture() {
        for page in Self.pages {
            for text in IndexerTestSupport.indexedTexts(page.guideline) {
                for line in text.split(separator: "\n").map(String.init) {
                    for rule in Self.furnitureRules where rule.matches(line) {
                        XCTFail("\(page.name): \(rule.name) indexed: \"\(line)\"")
                    }
                }
            }
        }
    }

    func testShortAdviceLinesAreKept() {
        let barsel = Self.page("03-")
        XCTAssertNotNil(IndexerTestSupport.firstText(in: barsel.guideline, containing: "Sterk"),
                        "a strength alone on a line is content, not furniture")
        let table = Self.page("05-")
        XCTAssertNotNil(IndexerTestSupport.indexedTexts(table.guideline).first { $0.contains("Ved fødsel | X | X | X") },
                        "a table saved with pipes becomes rows of cells")
    }

    // MARK: - Titles

    private static func isParagraph(_ text: String) -> Bool {
        let words = text.split(separator: " ").count
        return text.hasSuffix(".") && words >= 8 || words > 45
    }

    func testTitlesAreNotFileNamesUnlessTheReaderSaysSo() {
        var fileNamed: [String] = []
        for page in Self.pages where page.guideline.title == page.guideline.id {
            fileNamed.append(page.name)
            XCTAssertTrue(page.diagnostics.contains { $0.message.contains("bruker filnavnet") }, "\(page.name): file name without a warning")
        }
        // 01, 05, 06, 09, 14: a recommendation page without breadcrumb whose only title is its advice, and whose
        // text never spells its guideline's slug; 39: a link list that names nothing.
        XCTAssertEqual(fileNamed.map { String($0.prefix(2)) }, ["01", "05", "06", "09", "14", "39"],
                       "only a page that names no guideline falls back")
    }

    func testAGuidelineNameIsNeverASentenceOrAdvice() {
        for page in Self.pages {
            let title = page.guideline.title
            XCTAssertFalse(title.firstRange(ofPattern: #"[.!?] \p{Lu}"#) != nil || title.hasSuffix("."), "\(page.name): \(title)")
            XCTAssertFalse(title.split(separator: " ").contains { ["bør", "skal", "anbefales"].contains($0.lowercased()) },
                           "\(page.name): advice as the guideline's name: \(title)")
        }
        XCTAssertEqual(Self.page("12-").guideline.title, "ADHD", "the slug's word as the text writes it")
        XCTAssertEqual(Self.page("29-").guideline.title, "Pasient- og brukerrettighetsloven med kommentarer")
    }

    func testHeadingThatEndsACutOffPageIsNotIndexed() {
        let page = Self.page("13-")
        let all = IndexerTestSupport.indexedTexts(page.guideline).joined(separator: "\n")
        XCTAssertFalse(all.contains("Kjernesymptomer på AD"), all)
        XCTAssertTrue(all.contains("Inkluder alltid somatisk anamnese"), all)
        XCTAssertTrue(page.diagnostics.contains { $0.message.contains("er filen avkuttet?") }, "\(page.diagnostics)")
    }

    func testLandingPagesAreNamedByTheirConfirmedAddress() {
        XCTAssertEqual(Self.page("34-").guideline.title,
                       "Nasjonal retningslinje for legemiddelassistert rehabilitering ved opioidavhengighet")
        XCTAssertEqual(Self.page("35-").guideline.title, "Nasjonal faglig retningslinje for svangerskapsomsorgen")
    }

    func testNoParagraphIsATitle() {
        for page in Self.pages {
            let titles = [page.guideline.title] + page.guideline.chapters.map(\.title) + page.guideline.articles.map(\.title)
                + page.guideline.articles.flatMap(\.sections).compactMap(\.title)
            for title in titles {
                XCTAssertFalse(Self.isParagraph(title), "\(page.name): paragraph as a title: \(title)")
                XCTAssertNil(title.firstRange(ofPattern: #"^\d+(\.\d+)*\.?\p{Lu}"#), "\(page.name): chapter number glued to its title: \(title)")
            }
        }
    }

    func testTitlesFromBreadcrumbTitleBlockPrintMetadataAndHeading() {
        XCTAssertEqual(Self.page("16-").guideline.title, "Psykoselidelser – legemiddelbehandling", "glued breadcrumb")
        XCTAssertEqual(Self.page("13-").guideline.title,
                       "ADHD/Hyperkinetisk forstyrrelse – Nasjonal faglig retningslinje for utredning, behandling og oppfølging",
                       "Helsebiblioteket title block")
        XCTAssertEqual(Self.page("37-").guideline.title, "Nasjonalt handlingsprogram med retningslinjer for palliasjon i kreftomsorgen",
                       "the print metadata's Norsk tittel")
        XCTAssertEqual(Self.page("27-").guideline.chapters.map(\.title), ["Omsorg ved livets slutt"], "numbering is not the title")
        XCTAssertEqual(Self.page("02-").guideline.articles.map(\.title),
                       ["Det foreslås at HbA1c tas ved første svangerskapskonsultasjon for å oppdage udiagnostisert diabetes/hyperglykemi"],
                       "raw HTML: the heading without its strength label")
    }

    // MARK: - Status, address, warnings

    func testHearingPagesAndOnlyThemAreFlagged() {
        for page in Self.pages {
            let hearing = page.address.contains("/horinger/") || page.address.contains("horingsutkast")
            XCTAssertEqual(page.guideline.status.isHearingDraft, hearing, page.name)
        }
        XCTAssertEqual(Self.pages.filter { $0.guideline.status.isHearingDraft }.map { String($0.name.prefix(2)) }, ["22", "23", "24", "25"])
    }

    func testAddressGivesURLAndKind() {
        for page in Self.pages {
            XCTAssertEqual(page.guideline.url, page.address, page.name)
        }
        XCTAssertEqual(Self.page("29-").guideline.kind, "Rundskriv")
        XCTAssertEqual(Self.page("14-").guideline.kind, "Nasjonale faglige råd")
        XCTAssertEqual(Self.page("31-").guideline.kind, "Pakkeforløp")
    }

    func testNoWarningForAPageReadRight() {
        for page in Self.pages where page.guideline.title != page.guideline.id {
            // The one page with an editor's placeholder says it dropped it.
            let placeholders = page.name.hasPrefix("28-") ? ["advarsel: plassholderen \"[LENKE]\" står igjen i sideteksten; ikke indeksert"] : []
            // A copy that stops in the middle of a line says so (the line is not indexed).
            let warnings = page.diagnostics.map { String($0.description.drop { $0 != " " }.dropFirst()) }
            XCTAssertEqual(warnings.filter { !$0.hasSuffix("(er filen avkuttet?)") }, placeholders, page.name)
        }
    }

    // MARK: - Kinds of page text that is not advice

    func testTheLinkListPageIndexesNoText() {
        let theme = Self.page("39-")
        XCTAssertEqual(IndexerTestSupport.indexedTexts(theme.guideline), [], "no link title is a passage or a heading")
        XCTAssertEqual(theme.guideline.kind, "Temaside")
        XCTAssertEqual(Self.pages.filter { $0.guideline.chapters.isEmpty }.map { String($0.name.prefix(2)) }, ["39"],
                       "only the link list is left without text")
    }

    func testHearingProcessTextIsNotIndexed() {
        let kols = Self.page("22-"), sepsis = Self.page("23-")
        XCTAssertEqual(kols.guideline.status, .hearingDraft(deadline: "1. oktober", expectedCompletion: "04. januar 2022"),
                       "the deadline as written, no year invented")
        XCTAssertEqual(sepsis.guideline.chapters.map(\.title), ["Nasjonal faglig retningslinje for antibiotika i sykehus – sepsisanbefalinger"])
        for page in [kols, sepsis] {
            let all = IndexerTestSupport.indexedTexts(page.guideline).joined(separator: "\n")
            for process in ["innspill", "Høringsbrev", "avpublisert", "QuestBack", "saksnummer"] {
                XCTAssertFalse(all.contains(process), "\(page.name): \(process) indexed")
            }
            XCTAssertTrue(all.contains("Bakgrunn"), "\(page.name): the hearing's subject is kept")
        }
    }

    func testGradedRowsAndListingLabel() {
        let stroke = Self.page("10-").guideline
        XCTAssertEqual(stroke.chapters.first?.title, "Organisering av slagbehandlingskjeden", "'Alle anbefalinger' labels the listing")
        XCTAssertEqual(stroke.title, "Hjerneslag", "the guideline slug names the guideline")
        let all = IndexerTestSupport.indexedTexts(stroke).joined(separator: "\n")
        XCTAssertTrue(all.contains("medisinsk nødtelefon 113. (Grad B, Nivå 2a)"), all)
        XCTAssertNil(all.firstRange(ofPattern: #"\. [A-D] [1-4][a-c]?(\n|$)"#), "no grade glued to its sentence")
        XCTAssertFalse(all.contains("Grad Nivå"))
    }

    func testFootnoteMarkersAreNotIndexed() {
        let all = IndexerTestSupport.indexedTexts(Self.page("40-").guideline).joined(separator: "\n")
        XCTAssertTrue(all.contains("skader i norske sykehus. Omfanget"), all)
        XCTAssertNil(all.firstRange(ofPattern: #"\p{L}\[\d+\]"#), all)
        XCTAssertFalse(IndexerTestSupport.indexedTexts(Self.page("28-").guideline).joined().contains("[LENKE]"))
    }

    private static func page(_ prefix: String) -> ReadPage {
        guard let page = pages.first(where: { $0.name.hasPrefix(prefix) }) else {
            XCTFail("no page \(prefix)")
            return ReadPage(name: prefix, guideline: Guideline(id: "", title: "", source: SourceSpan(path: "", firstLine: 1, lastLine: 1)),
                            diagnostics: [], address: "")
        }
        return page
    }
}
