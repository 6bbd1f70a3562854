import Foundation
import XCTest

/// An index is known by what decides its content (schema, analyzer, built-in resources), not by
/// the file of the guide that wrote it: another copy of the same guide answers from it, and an
/// index recording something else is rebuilt, saying what differs.
final class IndexIdentityTests: XCTestCase {
    private func builtCorpus() throws -> (corpus: URL, index: URL) {
        let corpus = try GuideProcess.corpusCopy()
        let result = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        return (corpus, corpus.appendingPathComponent(".guide-index.sqlite"))
    }

    func testCopiedAndTouchedBinaryAnswersWithoutRebuilding() throws {
        let (corpus, _) = try builtCorpus()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let copy = directory.appendingPathComponent("guide")
        try FileManager.default.copyItem(at: GuideProcess.binary, to: copy)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 120)], ofItemAtPath: copy.path)
        let search = try GuideProcess.run(["search", "koordinator"], corpus: corpus, executable: copy)
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertFalse(search.stderr.contains("building"), search.stderr)
        XCTAssertEqual(search.stderr, "")
        let check = try GuideProcess.run(["check"], corpus: corpus, executable: copy)
        XCTAssertEqual(check.status, 0, check.stdout)
        XCTAssertTrue(check.stdout.contains("ok    indexer: schema "), check.stdout)
        XCTAssertTrue(check.stdout.contains("; analyzer "), check.stdout)
        XCTAssertTrue(check.stdout.contains("; resources "), check.stdout)
    }

    /// As if another executable with another analyzer had written it: one digit of the recorded
    /// analyzer hash and of the writer's stamp changed in place (same length: the file stays whole).
    func testIndexRecordingAnotherAnalyzerIsRebuiltSayingSo() throws {
        let (corpus, index) = try builtCorpus()
        var data = try Data(contentsOf: index)
        for marker in ["; analyzer ", "indexer_stamp"] {
            let found = try XCTUnwrap(data.range(of: Data(marker.utf8)), "the index records \(marker)")
            let digit = found.upperBound
            data[digit] = data[digit] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        }
        try data.write(to: index)

        let check = try GuideProcess.run(["check"], corpus: corpus)
        XCTAssertEqual(check.status, 1, check.stdout)
        XCTAssertTrue(check.stdout.contains("FEIL  indexer: bygd med analyzer "), check.stdout)
        XCTAssertTrue(check.stdout.contains(", this guide has "), check.stdout)

        let list = try GuideProcess.run(["list"], corpus: corpus)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stderr.contains("indeksen ble bygd med et annet skjema, en annen analysator eller andre ressurser (analyzer "), list.stderr)
        XCTAssertTrue(list.stderr.contains("bygger indeksen"), list.stderr)
        let again = try GuideProcess.run(["list"], corpus: corpus)
        XCTAssertEqual(again.stderr, "", "rebuilt once, then answered from")
    }
}
