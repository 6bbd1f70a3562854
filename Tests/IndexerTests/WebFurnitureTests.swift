import Foundation
import GuideKit
@testable import GuideIndexer
import XCTest

/// Invented stored pages (an address header on line 1) for each kind of furniture and title: a
/// hearing page's status lines and print note, a Helsebiblioteket print metadata block with an
/// editor's note, a glued chapter number and a pipe table, a news item's photo and age notice, and
/// a page without a title line.
final class WebFurnitureTests: XCTestCase {
    private func read(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> (Guideline, [Diagnostic]) {
        let document = try IndexerTestSupport.fixture(name)
        var diagnostics: [Diagnostic] = []
        let guideline = StructurePipeline.guideline(from: document, diagnostics: &diagnostics)
        return (try XCTUnwrap(guideline, "nothing read from \(name): \(diagnostics)", file: file, line: line), diagnostics)
    }

    private func texts(_ g: Guideline) -> String {
        IndexerTestSupport.indexedTexts(g).joined(separator: "\n")
    }

    func testHearingPageStatusLinesFeedTheStatus() throws {
        let (g, diagnostics) = try read("web-horing-status-utskrift.txt")
        XCTAssertEqual(g.status, .hearingDraft(deadline: "1. februar 2027", expectedCompletion: "15. mars 2027"))
        XCTAssertEqual(g.title, "Nasjonal faglig retningslinje for forebygging av fall hos eldre")
        XCTAssertEqual(g.url, "https://www.helsedirektoratet.no/horinger/nasjonal-faglig-retningslinje-for-fallforebygging")
        let all = texts(g)
        for furniture in ["Under behandling", "ferdigbehandlet", "skrive ut", "nettleser", "Høringsfrist"] {
            XCTAssertFalse(all.contains(furniture), "\(furniture) indexed:\n\(all)")
        }
        XCTAssertTrue(all.contains("Fall er den vanligste årsaken"), all)
        XCTAssertEqual(diagnostics, [])
    }

    func testPrintMetadataEditorNoteAndGluedNumber() throws {
        let (g, diagnostics) = try read("web-helsebibliotek-utskrift-kapittel.txt")
        XCTAssertEqual(g.title, "Nasjonal faglig retningslinje for forebygging av fall hos eldre", "from the print metadata's Norsk tittel")
        XCTAssertEqual(g.articles.map(\.title), ["Kartlegging av gange"], "the glued chapter number is split off")
        let all = texts(g)
        for furniture in ["IS-nr", "Engelsk tittel", "Velg data", "Tittel Versjon", ":)", "---"] {
            XCTAssertFalse(all.contains(furniture), "\(furniture) indexed:\n\(all)")
        }
        XCTAssertTrue(all.contains("Timed Up and Go | sekunder | over 12"), "a pipe row is a row of cells:\n\(all)")
        XCTAssertTrue(IndexerTestSupport.indexedTexts(g).contains("Sterk"), "a short advice bullet is kept:\n\(all)")
        XCTAssertEqual(diagnostics, [])
    }

    func testNewsPhotoAgeNoticeAndDownloadOffer() throws {
        let (g, diagnostics) = try read("web-nyhet-foto-alder.txt")
        XCTAssertEqual(g.title, "Ny retningslinje for forebygging av fall")
        XCTAssertEqual(g.kind, "Nyhet", "the address names the kind")
        XCTAssertEqual(g.status, .published)
        XCTAssertEqual(g.firstPublished, "02.03.2025")
        let all = texts(g)
        for furniture in ["Foto", "stokk", "gammel", "Last ned"] {
            XCTAssertFalse(all.contains(furniture), "\(furniture) indexed:\n\(all)")
        }
        XCTAssertTrue(all.contains("redusere antall fall"), all)
        XCTAssertEqual(diagnostics, [])
    }

    func testPageWithoutTitleLineKeepsTextAndFallsBackWithAWarning() throws {
        let (g, diagnostics) = try read("web-uten-tittel.txt")
        XCTAssertEqual(g.title, "web-uten-tittel", "a paragraph is never a title")
        XCTAssertTrue(texts(g).contains("Dette kapitlet handler om hvordan kommunen kartlegger risiko for fall"), "the text is kept")
        XCTAssertTrue(diagnostics.contains { $0.message.contains("bruker filnavnet") }, "\(diagnostics)")
    }

    func testLandingPageIsNamedByItsAddressOnlyWhenTheTextConfirmsIt() throws {
        let (named, diagnostics) = try read("web-landingsside-adresse.txt")
        XCTAssertEqual(named.title, "Nasjonal faglig retningslinje for fallforebygging i sykehjem",
                       "the slug's words as the text spells them, the page speaking of itself as «retningslinjen»")
        XCTAssertEqual(diagnostics.map(\.message), [], "a landing page read right gives no warning")
        XCTAssertTrue(texts(named).contains("kartlagt fallrisiko ved innkomst"))

        let (unconfirmed, warnings) = try read("web-landingsside-ubekreftet.txt")
        XCTAssertEqual(unconfirmed.title, "web-landingsside-ubekreftet", "a text that never names itself keeps the file name")
        XCTAssertTrue(warnings.contains { $0.message.contains("bruker filnavnet") }, "\(warnings)")
    }

    func testRepeatedSubHeadingEndsTheFirstWhereItsTextStopsSpeakingOfIt() throws {
        let (g, _) = try read("web-praktisk-uten-overskrift.txt")
        let sections = try XCTUnwrap(g.articles.first).sections
        XCTAssertEqual(sections.map { "\($0.title ?? "–"):\($0.kind.rawValue)" }, [
            "–:recommendation", "Foresatte:other", "–:other", "Fluortabletter:other", "Foresatte:other", "–:rationale",
        ])
        XCTAssertEqual(sections[1].paragraphs.count, 2, "«Foresatte» ends where its paragraphs stop speaking of the parents")
        XCTAssertTrue(sections[2].text.hasPrefix("Vis hvordan tannbørsten holdes"), sections[2].text)
    }

    func testHeadingThatGroupsTheHeadingUnderItIsNotText() throws {
        let (g, _) = try read("web-gruppeoverskrift.txt")
        let paragraphs = g.articles.flatMap(\.sections).flatMap(\.paragraphs).map(\.text)
        XCTAssertFalse(paragraphs.contains("Direktoratets merknader"), "a heading above a heading is not text: \(paragraphs)")
        let titles = g.articles.flatMap(\.sections).compactMap(\.title)
        XCTAssertEqual(Array(titles.prefix(3)), ["Direktoratets merknader", "Hvem tilbudet gjelder", "Frekvens"])
        XCTAssertTrue(texts(g).contains("Melk"), "a run of short lines stays text")
        XCTAssertTrue(texts(g).contains("Brød"), "a run of short lines stays text")
    }

    func testRecommendationPageWithoutBreadcrumbIsNamedByItsGuidelineSlugNeverByItsAdvice() throws {
        let (g, diagnostics) = try read("web-anbefaling-setningstittel.txt")
        XCTAssertEqual(g.title, "Behandling ved kronisk hodepine", "the guideline slug, every word spelled as the text spells it")
        XCTAssertFalse(diagnostics.contains { $0.message.contains("bruker filnavnet") }, "\(diagnostics)")
        let article = try XCTUnwrap(g.chapters.first?.articles.first)
        XCTAssertTrue(article.title.hasPrefix("Triptaner anbefales ved migreneanfall."), "the two sentences stay the recommendation's title")

        let (unnamed, warnings) = try read("web-anbefaling-ukjent-navn.txt")
        XCTAssertEqual(unnamed.title, "web-anbefaling-ukjent-navn", "advice is never a guideline's name; the slug is not in the text")
        XCTAssertTrue(warnings.contains { $0.message.contains("bruker filnavnet") }, "\(warnings)")
    }

    func testNameShape() {
        XCTAssertTrue(WebHeadings.isNameShaped("Behandling ved opioidavhengighet"))
        XCTAssertFalse(WebHeadings.isNameShaped("Buprenorfin og metadon anbefales som substitusjonslegemiddel i LAR. Ved utilstrekkelig effekt bør levometadon vurderes"))
        XCTAssertFalse(WebHeadings.isNameShaped("Voksne bør være fysisk aktive"))
        XCTAssertFalse(WebHeadings.isNameShaped("Pasienten kartlegges ved innkomst."))
    }

    func testHeadingThatEndsACutOffPageIsNotIndexed() throws {
        let (g, diagnostics) = try read("web-avkuttet-overskrift.txt")
        XCTAssertFalse(texts(g).contains("Tegn på medikamentoverforbruk"), texts(g))
        XCTAssertTrue(texts(g).contains("justeres etter hodepinedagboken"))
        XCTAssertTrue(diagnostics.contains { $0.message.contains("er filen avkuttet?") }, "\(diagnostics)")
    }

    func testFurnitureShapes() {
        XCTAssertTrue(WebFurniture.isRepeatedLabel("Anbefalinger Anbefalingens styrke"))
        XCTAssertFalse(WebFurniture.isRepeatedLabel("Sterk"))
        XCTAssertFalse(WebFurniture.isRepeatedLabel("Kartlegging av gangfunksjon"))
        XCTAssertFalse(WebFurniture.isRepeatedLabel("Behandling og behandlingsvalg"))
        XCTAssertFalse(WebFurniture.opensPrintMetadata("Utskrift av legemiddellisten"))
        XCTAssertFalse(WebFurniture.isPrintNote("Pasienten får en utskrift av legemiddellisten og kan laste ned appen Legemidler."))
        XCTAssertEqual(WebFurniture.metadataField("ISBN -")?.value, "")
        XCTAssertEqual(WebFurniture.metadataField("Norsk tittel - Nytt liv")?.value, "Nytt liv")
        XCTAssertNil(WebFurniture.metadataField("Pasienten kjenner 0-3 av 8 stimuli - tyder på nevropati"))
        XCTAssertTrue(WebFurniture.isPrintNote("Hvis du ønsker å se på skjemaet først, kan du laste det ned her (PDF)."))
        XCTAssertFalse(WebFurniture.isPrintNote("Helsepersonell bør skrive ut resept på nikotinerstatning."))
        XCTAssertTrue(WebFurniture.isEditorNote("Jeg holder på med siden. Thomas :)."))
        XCTAssertFalse(WebFurniture.isEditorNote("Se tabell 1: dosering (mg)."))
        XCTAssertEqual(WebHeadings.withoutNumbering("1.Diagnose"), "Diagnose")
        XCTAssertEqual(WebHeadings.withoutNumbering("15.4. Omsorg ved livets slutt"), "Omsorg ved livets slutt")
    }
}
