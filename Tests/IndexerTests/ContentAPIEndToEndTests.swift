import Foundation
import GuideIndexer
import GuideKit
import XCTest

/// A temporary corpus holding only content-API JSON (the real responses and a small product, in
/// `helsedirektoratet/`, where `guide sync` keeps them) → index → search: text only the JSON holds is found, with its part, dates and the
/// licence credit, from its file.
final class ContentAPIEndToEndTests: XCTestCase {
    func testSearchFindsJSONTextWithItsPartAndCredit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hapi-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let mirror = directory.appendingPathComponent("Corpus/" + CorpusScanner.contentAPIFolder)
        try FileManager.default.createDirectory(at: mirror, withIntermediateDirectories: true)
        for name in ContentAPITestSupport.files {
            try FileManager.default.copyItem(at: ContentAPITestSupport.directory.appendingPathComponent(name),
                                             to: mirror.appendingPathComponent(name))
        }
        for document in ContentTreeTests.product {
            let name = String(document.path.dropFirst("Corpus/helsedirektoratet/".count))
            try document.lines.joined(separator: "\n").write(to: mirror.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let base = KnowledgeBase(location: IndexLocation(corpus: directory.appendingPathComponent("Corpus").path, index: nil)) { _ in }
        let store = try base.open()

        let practical = try SearchQuestion("legemiddelpakninger", limit: 3).answer(in: store)
        let hit = try XCTUnwrap(practical.results.first)
        XCTAssertEqual(hit.guideline.title, "Nasjonale faglige råd for multidoseordningen")
        XCTAssertEqual(hit.section.kind, .checklist, "the list under Praktisk")
        XCTAssertEqual(hit.section.title, "Praktisk")
        XCTAssertEqual(hit.source.path, "Corpus/helsedirektoratet/rad-by-id.json")
        XCTAssertEqual(hit.guideline.lastChanged, "3. mars 2020")
        XCTAssertEqual(hit.guideline.credit, "Helsedirektoratet, lisens NLOD 2.0")
        let text = SearchRenderer.render(practical, style: TextStyle(colored: false))
        XCTAssertTrue(text.contains("Helsedirektoratet, lisens NLOD 2.0"), text)
        XCTAssertTrue(text.contains("Sjekkliste (Praktisk)"), text)
        XCTAssertFalse(text.contains("HØRINGSUTKAST"), "current documents are no drafts")

        let rationale = try SearchQuestion("Metformin reduserer risikoen", limit: 3).answer(in: store)
        let why = try XCTUnwrap(rationale.results.first)
        XCTAssertEqual(why.section.kind, .rationale)
        XCTAssertEqual(why.section.title, "Begrunnelse")
        XCTAssertEqual(why.recommendation?.id, "p1/1.1")

        let nested = try SearchQuestion("hypoglykemi", limit: 3).answer(in: store)
        XCTAssertEqual(nested.results.first?.recommendation?.title, "Basalinsulin", "a contraindication is found under its treatment")
    }
}
