import Foundation
@testable import GuideIndexer
import GuideKit
import XCTest

final class CorpusFileReaderTests: XCTestCase {
    /// A file listed by the scan and gone before it is read (here: never there) is reported, not fatal.
    func testVanishedFileIsMissingAndTheScanSaysSo() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("guide-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        XCTAssertEqual(CorpusFileReader.read(corpus.appendingPathComponent("borte.txt").path, corpus: corpus.path).failure, .missing)
        try Data("Tekst.\n".utf8).write(to: corpus.appendingPathComponent("her.txt"))
        XCTAssertEqual(try CorpusFileReader.read(corpus.appendingPathComponent("her.txt").path, corpus: corpus.path).get(), Data("Tekst.\n".utf8))
    }

    func testWindows1252DecodesEveryByte() {
        let all = Data((0...255).map { UInt8($0) })
        XCTAssertEqual(Windows1252.decode(all).unicodeScalars.count, 256)
        XCTAssertEqual(Windows1252.decode(Data([0x80, 0xE6, 0xF8, 0xE5, 0x96])), "€æøå–")
    }

    func testUTF8IsKeptAndAnythingElseIsReadAsWindows1252() {
        XCTAssertTrue(Windows1252.decodeUnlessUTF8(Array("pårørende".utf8)) == ("pårørende", true))
        // Latin-1 "pårørende": never U+FFFD, never split.
        XCTAssertTrue(Windows1252.decodeUnlessUTF8([0x70, 0xE5, 0x72, 0xF8, 0x72, 0x65, 0x6E, 0x64, 0x65]) == ("pårørende", false))
        XCTAssertTrue(Windows1252.decodeUnlessUTF8([]) == ("", true))
    }

    func testBinaryIsToldFromText() {
        XCTAssertNil(BinaryContent.reason(Data("Pårørende\tbør\r\nfå\u{C}tilbud.\n".utf8)))
        XCTAssertEqual(BinaryContent.reason(Data([0x41, 0x00])), "inneholder NUL-byte")
        XCTAssertNotNil(BinaryContent.reason(Data((0..<100).map { UInt8($0 % 8 + 1) })))
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
