import Foundation
@testable import GuideIndexer
@testable import GuideKit
import XCTest

/// The index updated in place (`InPlaceUpdate`, `IndexUpdater`): it answers as a full rebuild of the
/// same corpus does, passes the same check, a connection opened before an update sees the new
/// state, and searches on other threads during updates never fail. Corpora are built from the
/// reader fixtures in a temporary directory.
final class InPlaceUpdateTests: XCTestCase {
    private var directory: URL!
    private var corpus: URL { directory.appendingPathComponent("Corpus") }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("update-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: IndexerTestSupport.fixturesDirectory.path)
        where name.hasPrefix("web-") || name.hasPrefix("md-retningslinje") {
            try FileManager.default.copyItem(at: IndexerTestSupport.fixturesDirectory.appendingPathComponent(name),
                                            to: corpus.appendingPathComponent(name))
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func knowledgeBase(_ index: String, events: @escaping (KnowledgeBaseEvent) -> Void = { _ in }) -> KnowledgeBase {
        KnowledgeBase(location: IndexLocation(corpus: corpus.path, index: directory.appendingPathComponent(index).path), events: events)
    }

    /// Puts `word` before the first occurrence of `anchor` in a corpus file.
    private func edit(_ name: String, inserting word: String, before anchor: String) throws {
        let url = corpus.appendingPathComponent(name)
        var text = try String(contentsOf: url, encoding: .utf8)
        let range = try XCTUnwrap(text.range(of: anchor), "\(anchor) in \(name)")
        text.insert(contentsOf: word + " ", at: range.lowerBound)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private func search(_ query: String, in store: IndexStore) throws -> [String] {
        try store.ask(SearchQuestion(query, limit: 20)).results.map { "\($0.recommendation?.id ?? "-") \($0.section.text.prefix(60))" }
    }

    func testUpdatedIndexAnswersAndChecksAsARebuiltOne() throws {
        var updates = 0
        let updated = knowledgeBase("updated.sqlite") { if case .updated = $0 { updates += 1 } }
        try updated.refresh(full: true)
        try edit("web-hjerneslag-ny-mal.txt", inserting: "zebrafjellbehandling", before: "Pasienter")
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("web-avkuttet.txt"))
        try FileManager.default.copyItem(at: IndexerTestSupport.fixturesDirectory.appendingPathComponent("pdf-no-banner.txt"),
                                        to: corpus.appendingPathComponent("pdf-no-banner.txt"))
        try updated.refresh(full: false)
        XCTAssertEqual(updates, 1, "only guideline files changed: updated in place")
        let rebuilt = knowledgeBase("rebuilt.sqlite")
        try rebuilt.refresh(full: true)

        let a = try IndexStore(path: updated.location.indexPath), b = try IndexStore(path: rebuilt.location.indexPath)
        // Words as written are the same; stems may differ where the rebuild splits a compound against
        // a word only the new file has (the update splits against the full build's words).
        let words = { (store: IndexStore) in try store.indexedTerms().filter { !$0.term.hasPrefix("_") }.map { "\($0.term) \($0.passages)" } }
        XCTAssertEqual(try words(a), try words(b), "the same words in as many passages")
        let stems = { (store: IndexStore) in Set(try store.indexedTerms().map { "\($0.term) \($0.passages)" }) }
        // 12 with the reader fixtures of 7 December 2026 (a handful of compounds of the added file).
        XCTAssertLessThanOrEqual(try stems(a).symmetricDifference(try stems(b)).count, 16)
        XCTAssertEqual(try a.ask(OutlineQuestion()).map(\.id), try b.ask(OutlineQuestion()).map(\.id))
        for query in ["zebrafjellbehandling", "hjerneslag", "pasienter behandling", "avrusning", "svangerskapsdiabetes", "oppfølging",
                      "pakkeforløp rus", "blodtrykk", "lege"] {
            XCTAssertEqual(try search(query, in: a), try search(query, in: b), query)
        }
        XCTAssertFalse(try search("zebrafjellbehandling", in: a).isEmpty)
        for finding in IndexCheck.run(path: updated.location.indexPath) {
            XCTAssertTrue(finding.ok, "\(finding.name): \(finding.detail)")
        }
        XCTAssertTrue(try CorpusComparison(index: a, corpus: corpus.path, trustingStamps: false).matches)
    }

    func testAConnectionOpenedBeforeAnUpdateSeesTheNewGuideline() throws {
        let base = knowledgeBase("index.sqlite")
        try base.refresh(full: true)
        let store = try IndexStore(path: base.location.indexPath)
        XCTAssertTrue(try search("zebrafjell", in: store).isEmpty)
        let before = try store.ask(OutlineQuestion()).count
        try edit("web-kapittel-flere-anbefalinger.txt", inserting: "zebrafjell", before: "Råd om søvnhygiene")
        try FileManager.default.copyItem(at: IndexerTestSupport.fixturesDirectory.appendingPathComponent("pdf-no-banner.txt"),
                                        to: corpus.appendingPathComponent("pdf-no-banner.txt"))
        try base.refresh(full: false)
        XCTAssertFalse(try search("zebrafjell", in: store).isEmpty, "no stale cache after the update")
        XCTAssertEqual(try store.ask(OutlineQuestion()).count, before + 1)
    }

    func testSearchesOnOtherThreadsDuringUpdatesNeverFail() throws {
        let base = knowledgeBase("index.sqlite")
        try base.refresh(full: true)
        let path = base.location.indexPath
        let done = Atomic(false), failures = Atomic(0), searches = Atomic(0), firstError = Atomic<String?>(nil)
        let group = DispatchGroup()
        for _ in 0..<2 {
            DispatchQueue.global().async(group: group) {
                guard let store = try? IndexStore(path: path) else { failures.add(1); return }
                while !done.value {
                    do {
                        if try store.ask(SearchWithPassagesExisting()) == false { failures.add(1) }
                        searches.add(1)
                    } catch {
                        failures.add(1)
                        firstError.value = firstError.value ?? "\(error)"
                    }
                }
            }
        }
        var updates = 0
        for round in 0..<6 {
            try edit("web-hjerneslag-ny-mal.txt", inserting: "runde\(round)", before: "Pasienter")
            if try InPlaceUpdate.run(base.location) != nil { updates += 1 }
        }
        done.value = true
        group.wait()
        XCTAssertEqual(updates, 6)
        XCTAssertEqual(failures.value, 0, firstError.value ?? "")
        XCTAssertGreaterThan(searches.value, 0)
    }
}

/// A search whose every hit's passage exists in the same state of the index (one read transaction).
private struct SearchWithPassagesExisting: Question {
    func answer(in store: IndexStore) throws -> Bool {
        let ids = try SearchQuestion("pasienter behandling", limit: 50).answer(in: store).results.map(\.section.id)
        return try !ids.isEmpty && store.passageHits(ids: ids).count == Set(ids).count
    }
}

/// A value shared between the test's threads.
private final class Atomic<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

extension Atomic where Value == Int {
    func add(_ n: Int) { lock.withLock { stored += n } }
}
