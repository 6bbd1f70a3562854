import Foundation
@testable import GuideIndexer
@testable import GuideKit
import XCTest

/// Content-API JSON changes update the index in place (`InPlaceUpdate`, `ContentUpdateScope`):
/// only the products that used a changed file (or now reach it) are replaced, and the updated index
/// answers as a full rebuild of the same mirror does. Temporary corpora, one file per item.
final class ContentInPlaceUpdateTests: XCTestCase {
    private var directory: URL!
    private var corpus: URL { directory.appendingPathComponent("Corpus") }
    private var mirror: URL { corpus.appendingPathComponent(CorpusScanner.contentAPIFolder) }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("content-update-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mirror, withIntermediateDirectories: true)
        // Two products: p1 (chapters k1, k2; units a1, a2, a3) and p2 (chapter k3; unit a4).
        try write("p1", "retningslinje", "Retningslinje for diabetes", links: [("barn", "k1"), ("barn", "k2")])
        try write("k1", "kapittel", "Forebygging", links: [("forelder", "p1"), ("barn", "a1"), ("barn", "a2")])
        try write("k2", "kapittel", "Legemidler", links: [("forelder", "p1"), ("barn", "a3")])
        try write("a1", "anbefaling", "Gi råd om fysisk aktivitet", text: "Personer med diabetes bør være fysisk aktive.", parent: "k1")
        try write("a2", "anbefaling", "Gi råd om kosthold", text: "Personer med diabetes bør få kostråd.", parent: "k1")
        try write("a3", "anbefaling", "Gi metformin", text: "Metformin er førstevalget ved type 2-diabetes.", parent: "k2")
        try write("p2", "faglig-rad", "Faglige råd om svangerskap", links: [("barn", "k3")])
        try write("k3", "kapittel", "Oppfølging", links: [("forelder", "p2"), ("barn", "a4")])
        try write("a4", "rad", "Tilby blodtrykksmåling", text: "Gravide bør få målt blodtrykket ved hver kontroll.", parent: "k3")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ id: String, _ type: String, _ title: String, text: String = "", parent: String? = nil,
                       links: [(rel: String, id: String)] = []) throws {
        let json = ContentTreeTests.item(id, type, title, text: text.isEmpty ? "" : "<p>\(text)</p>",
                                         links: links + (parent.map { [("forelder", $0)] } ?? []))
        try json.write(to: mirror.appendingPathComponent("\(id).json"), atomically: true, encoding: .utf8)
    }

    private func remove(_ id: String) throws {
        try FileManager.default.removeItem(at: mirror.appendingPathComponent("\(id).json"))
    }

    private func knowledgeBase(_ index: String, events: @escaping (KnowledgeBaseEvent) -> Void = { _ in }) -> KnowledgeBase {
        KnowledgeBase(location: IndexLocation(corpus: corpus.path, index: directory.appendingPathComponent(index).path),
                      events: events)
    }

    private func search(_ query: String, in store: IndexStore) throws -> [String] {
        try store.ask(SearchQuestion(query, limit: 20)).results.map { "\($0.guideline.id) \($0.section.text.prefix(60))" }
    }

    /// Builds the index, applies `change`, updates in place; returns the update's (guidelines written,
    /// removed) and checks the index answers as a full rebuild does.
    @discardableResult
    private func update(queries: [String], _ change: () throws -> Void) throws -> (written: Int, removed: Int, filesRead: Int, store: IndexStore) {
        var updates: [(Int, Int, Int)] = [], builds = 0
        let updated = knowledgeBase("updated.sqlite") { event in
            if case .updated(_, let written, let removed, _, let read, _, _) = event { updates.append((written, removed, read)) }
            if case .building = event { builds += 1 }
            if case .updateFailed(let reason) = event { XCTFail(reason) }
        }
        try updated.refresh(full: true)
        try change()
        try updated.refresh(full: false)
        XCTAssertEqual(builds, 1, "updated in place, not rebuilt")
        let rebuilt = knowledgeBase("rebuilt.sqlite")
        try rebuilt.refresh(full: true)
        let a = try IndexStore(path: updated.location.indexPath), b = try IndexStore(path: rebuilt.location.indexPath)
        XCTAssertEqual(try a.ask(OutlineQuestion()).map(\.id), try b.ask(OutlineQuestion()).map(\.id))
        for query in queries + ["diabetes", "blodtrykk", "metformin", "kosthold"] {
            XCTAssertEqual(try search(query, in: a), try search(query, in: b), query)
        }
        for finding in IndexCheck.run(path: updated.location.indexPath) {
            XCTAssertTrue(finding.ok, "\(finding.name): \(finding.detail)")
        }
        XCTAssertTrue(try CorpusComparison(index: a, corpus: corpus.path, trustingStamps: false).matches)
        let update = try XCTUnwrap(updates.first)
        return (update.0, update.1, update.2, a)
    }

    func testAChangedUnitReplacesOnlyItsProduct() throws {
        let result = try update(queries: ["zebrafjellbehandling"]) {
            try write("a3", "anbefaling", "Gi metformin", text: "Metformin og zebrafjellbehandling er førstevalget.", parent: "k2")
        }
        XCTAssertEqual(result.written, 1, "only p1 is read again")
        XCTAssertEqual(result.removed, 0)
        XCTAssertEqual(try search("zebrafjellbehandling", in: result.store).count, 1)
        XCTAssertEqual(try result.store.files(ofGuideline: "p1").count, 6)
        XCTAssertEqual(result.filesRead, 6, "p1's files, not p2's")
    }

    /// One changed file costs reading its product's files, found through its links and the index,
    /// not the whole mirror: the update says how many it read.
    func testAChangedFileReadsOnlyTheFilesOfItsProduct() throws {
        // Products beside p2 that the update must leave unread.
        for n in 1...5 {
            try write("q\(n)", "retningslinje", "Retningslinje \(n)", links: [("barn", "r\(n)")])
            try write("r\(n)", "anbefaling", "Anbefaling \(n)", text: "Tekst nummer \(n) om hjerte.", parent: "q\(n)")
        }
        let result = try update(queries: ["zebrafjellmåling"]) {
            try write("a4", "rad", "Tilby blodtrykksmåling", text: "Gravide bør få zebrafjellmåling ved hver kontroll.", parent: "k3")
        }
        XCTAssertEqual(result.written, 1)
        XCTAssertEqual(result.filesRead, 3, "p2, k3 and a4 of the mirror's 19 files")
        XCTAssertEqual(try search("zebrafjellmåling", in: result.store).first?.hasPrefix("p2 "), true)
    }

    func testARemovedItemIsGone() throws {
        let result = try update(queries: ["kostråd"]) {
            try remove("a2")
            try write("k1", "kapittel", "Forebygging", links: [("forelder", "p1"), ("barn", "a1")])
        }
        XCTAssertEqual(result.written, 1)
        XCTAssertTrue(try search("kostråd", in: result.store).isEmpty)
        XCTAssertTrue(try result.store.guidelineIDs(readFrom: "Corpus/helsedirektoratet/a2.json").isEmpty)
    }

    func testAChildAddedToAChapterIsFound() throws {
        let result = try update(queries: ["jernmangel"]) {
            try write("a5", "anbefaling", "Mål jern", text: "Gravide med jernmangel bør få tilskudd.", parent: "k3")
            try write("k3", "kapittel", "Oppfølging", links: [("forelder", "p2"), ("barn", "a4"), ("barn", "a5")])
        }
        XCTAssertEqual(result.written, 1, "only p2")
        XCTAssertEqual(try search("jernmangel", in: result.store).first?.hasPrefix("p2 "), true)
    }

    func testAUnitMovedToAnotherProductLeavesTheFirst() throws {
        let result = try update(queries: ["metformin"]) {
            try write("a3", "anbefaling", "Gi metformin", text: "Metformin er førstevalget ved type 2-diabetes.", parent: "k3")
            try write("k2", "kapittel", "Legemidler", links: [("forelder", "p1")])
            try write("k3", "kapittel", "Oppfølging", links: [("forelder", "p2"), ("barn", "a4"), ("barn", "a3")])
        }
        XCTAssertEqual(result.written, 2, "both products")
        XCTAssertEqual(try search("metformin", in: result.store).map { $0.prefix(3) }, ["p2 "])
    }

    func testAProductWhoseRootVanishedIsRemoved() throws {
        let result = try update(queries: ["blodtrykk"]) {
            for id in ["p2", "k3", "a4"] { try remove(id) }
        }
        XCTAssertEqual(result.written, 0)
        XCTAssertEqual(result.removed, 1)
        XCTAssertEqual(try result.store.ask(OutlineQuestion()).map(\.id), ["p1"])
    }

    /// A chapter synced before its product is read as a document of its own; when the product
    /// arrives, the fragment goes and the product holds the chapter.
    func testAFragmentJoinsItsProductWhenTheProductArrives() throws {
        try write("p3", "retningslinje", "Retningslinje for hjertesvikt", links: [("barn", "k4")])
        try write("k4", "kapittel", "Diagnostikk", links: [("forelder", "p3"), ("barn", "a6")])
        try write("a6", "anbefaling", "Mål NT-proBNP", text: "Ved mistanke om hjertesvikt bør NT-proBNP måles.", parent: "k4")
        try remove("p3")
        let result = try update(queries: ["hjertesvikt"]) {
            try write("p3", "retningslinje", "Retningslinje for hjertesvikt", links: [("barn", "k4")])
        }
        XCTAssertEqual(result.written, 1)
        XCTAssertEqual(result.removed, 1, "the fragment's own guideline")
        XCTAssertEqual(try search("hjertesvikt", in: result.store).map { $0.prefix(3) }, ["p3 "])
    }
}
