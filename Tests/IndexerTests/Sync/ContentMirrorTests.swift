import Foundation
@testable import GuideIndexer
@testable import GuideSync
import XCTest

/// The mirror's files: written whole under their id, leftovers of a killed run removed, the state kept.
final class ContentMirrorTests: XCTestCase {
    /// What `guide sync` writes is what the corpus scan reads: the folder, and only the items.
    func testTheMirrorIsWhereTheCorpusScanReadsItems() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("mirror-scan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: corpus) }
        let mirror = ContentMirror(corpus: corpus.path)
        try mirror.create()
        try mirror.write(Data(#"{"id":"a-1","tittel":"A"}"#.utf8), id: "a-1")
        try SyncState().save(to: mirror.statePath)
        XCTAssertEqual(ContentMirror.folderName, CorpusScanner.contentAPIFolder)
        XCTAssertEqual(try CorpusScanner.guidelineFileNames(in: corpus.path), ["\(ContentMirror.folderName)/a-1.json"])
    }

    func testWritesReplaceWholeAndLeftoversGo() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("mirror-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        let mirror = ContentMirror(corpus: corpus)
        try mirror.create()
        try mirror.write(Data(#"{"id":"a-1","v":1}"#.utf8), id: "a-1")
        try mirror.write(Data(#"{"id":"a-1","v":2}"#.utf8), id: "a-1")
        XCTAssertEqual(mirror.read("a-1"), Data(#"{"id":"a-1","v":2}"#.utf8))
        FileManager.default.createFile(atPath: mirror.directory + "/.b-2.json.partial-99-1", contents: Data("{".utf8))
        try mirror.removeLeftovers()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: mirror.directory), ["a-1.json"])
        XCTAssertEqual(try mirror.itemIDs(), ["a-1"])
        XCTAssertTrue(try mirror.remove("a-1"))
        XCTAssertFalse(try mirror.remove("a-1"))

        var state = SyncState()
        state.lastComplete = "2026-02-09T10:00:00"
        state.paths = ["a-1": "/kapitler/a-1"]
        state.run = SyncState.Run(full: true, started: "2026-02-10T10:00:00", roots: [.init(id: "p", path: "/retningslinjer/p")], done: ["a-1"])
        try state.save(to: mirror.statePath)
        XCTAssertEqual(SyncState.load(from: mirror.statePath) { XCTFail($0) }, state)
        FileManager.default.createFile(atPath: mirror.statePath, contents: Data("{".utf8))
        var warned = false
        XCTAssertEqual(SyncState.load(from: mirror.statePath) { _ in warned = true }, SyncState())
        XCTAssertTrue(warned)
    }
}
