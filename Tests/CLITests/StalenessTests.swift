import Foundation
import XCTest

/// Staleness is judged from file stamps first and content hashes second: touching or replacing a
/// file with the same text keeps the index; any change of text rebuilds it, even one that keeps
/// the size and puts the modification time back.
final class StalenessTests: XCTestCase {
    private var corpus: URL!
    private var file: URL { corpus.appendingPathComponent("me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon.txt") }

    override func setUpWithError() throws {
        corpus = try GuideProcess.corpusCopy()
        Thread.sleep(forTimeInterval: 0.2)  // let the copies settle, so that the build records their stamps
        let built = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(built.status, 0, built.stderr)
    }

    func testTouchedButUnchangedFileKeepsTheIndex() throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
        for _ in 0..<2 {
            let result = try GuideProcess.run(["list"], corpus: corpus)
            XCTAssertEqual(result.status, 0)
            XCTAssertEqual(result.stderr, "", "the text is the one indexed")
        }
    }

    func testFileReplacedByACopyOfItselfKeepsTheIndex() throws {
        let copy = corpus.deletingLastPathComponent().appendingPathComponent("kopi.txt")
        try FileManager.default.copyItem(at: file, to: copy)
        XCTAssertEqual(rename(copy.path, file.path), 0)
        let result = try GuideProcess.run(["list"], corpus: corpus)
        XCTAssertEqual(result.stderr, "", "a new inode with the same text")
    }

    func testSameSizeEditWithTheOldModificationTimeRebuilds() throws {
        let modified = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "pasienter", with: "pasiantar")
        XCTAssertNotEqual(edited, text)
        let handle = try FileHandle(forWritingTo: file)  // in place: same inode, same size
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
        let result = try GuideProcess.run(["list"], corpus: corpus)
        XCTAssertTrue(result.stderr.contains("korpuset er endret"), result.stderr)
    }

    func testChangedOrRemovedMetadataFileRebuilds() throws {
        let meta = corpus.appendingPathComponent("als-samhandling-og-oppfolging.meta")
        let handle = try FileHandle(forWritingTo: meta)
        handle.seekToEndOfFile()
        handle.write(Data("\n".utf8))
        try handle.close()
        XCTAssertTrue(try GuideProcess.run(["list"], corpus: corpus).stderr.contains("korpuset er endret"))
        XCTAssertEqual(try GuideProcess.run(["list"], corpus: corpus).stderr, "", "rebuilt once")
        try FileManager.default.removeItem(at: meta)
        XCTAssertTrue(try GuideProcess.run(["list"], corpus: corpus).stderr.contains("korpuset er endret"))
    }
}
