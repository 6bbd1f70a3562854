import Foundation
@testable import GuideIndexer
import GuideKit
import XCTest

/// The index records each settled file's stamp; a later check trusts an unchanged stamp and reads
/// only files whose stamp moved.
final class CorpusStampTests: XCTestCase {
    func testSettledStampIsRecordedAndSparesTheRead() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("guide-stamp-\(UUID().uuidString)/Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let file = corpus.appendingPathComponent("råd.txt")
        try Data("Pasienten bør få tilbud om oppfølging.\n".utf8).write(to: file)
        Thread.sleep(forTimeInterval: 0.2)  // past the clock granularity, so the build may trust the stamp
        let path = corpus.appendingPathComponent(".guide-index.sqlite").path
        _ = try IndexBuilder.build(corpus: corpus, into: path)
        let recorded = try IndexStore(path: path).corpusFiles()
        let entry = try XCTUnwrap(recorded["Corpus/råd.txt"])
        let stamp = try XCTUnwrap(entry.stamp, "a settled file gets its stamp")
        XCTAssertTrue(stamp.hasSuffix("|-"), "no metadata file: \(stamp)")

        // A recorded hash under an unchanged stamp stands without reading the file…
        var doctored = recorded
        doctored["Corpus/råd.txt"] = (hash: "recorded", stamp: stamp)
        let trusted = try CorpusScanner.fingerprint(corpus.path, recorded: doctored)
        XCTAssertEqual(trusted.first { $0.path == "Corpus/råd.txt" }?.hash, "recorded")

        // …and once the file is touched, it is read and hashed again.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
        let reread = try CorpusScanner.fingerprint(corpus.path, recorded: doctored)
        XCTAssertEqual(reread.first { $0.path == "Corpus/råd.txt" }?.hash, entry.hash)
    }

    func testStampIsSettledOnlyPastTheClockGranularity() {
        let now = 1_800_000_000_123_456_789
        func stamp(changed: Int) -> FileStamp { FileStamp(size: 1, modified: changed, changed: changed, inode: 1) }
        XCTAssertFalse(stamp(changed: now - 5_000_000).isSettled(now: now), "5 ms: a write now could keep the same time")
        XCTAssertTrue(stamp(changed: now - 500_000_000).isSettled(now: now))
        // Whole seconds: a file system that may round to 2 s.
        XCTAssertFalse(stamp(changed: 1_800_000_000_000_000_000).isSettled(now: 1_800_000_001_500_000_000))
        XCTAssertTrue(stamp(changed: 1_800_000_000_000_000_000).isSettled(now: 1_800_000_003_000_000_000))
    }

    func testMetadataFileIsPartOfTheStamp() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("guide-stamp-\(UUID().uuidString)/Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data("Tekst.\n".utf8).write(to: corpus.appendingPathComponent("råd.txt"))
        let source = try XCTUnwrap(try CorpusScanner.sources(in: corpus.path).first { $0.path == "Corpus/råd.txt" })
        let without = try XCTUnwrap(CorpusScanner.stamp(of: source)).text
        try Data("title: Råd\n".utf8).write(to: corpus.appendingPathComponent("råd.meta"))
        let with = try XCTUnwrap(CorpusScanner.stamp(of: source)).text
        XCTAssertNotEqual(without, with)
        XCTAssertTrue(with.hasPrefix(without.dropLast(2) + "|"), with)
    }
}
