@testable import GuideKit
import XCTest

/// The scanner decides which words every document and query has, so its byte-level fast paths
/// are checked against the plain definition: runs of alphabetic or numeric scalars, lower-cased.
final class WordScannerTests: XCTestCase {
    private struct Word: Equatable { let text: String, start: Int, end: Int }

    private func scanned(_ text: String, extras: [Unicode.Scalar] = []) -> (words: [Word], bytes: [Word]) {
        var words: [Word] = [], bytes: [Word] = []
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            let scanner = WordScanner(extraWordCharacters: extras)
            scanner.words(in: UnsafeBufferPointer(buffer)) { words.append(Word(text: $0, start: $1, end: $2)); return true }
            scanner.wordBytes(in: UnsafeBufferPointer(buffer)) {
                bytes.append(Word(text: String(decoding: $0, as: UTF8.self), start: $1, end: $2)); return true
            }
        }
        return (words, bytes)
    }

    /// The definition, scalar by scalar, with Swift's own `lowercased()`.
    private func expected(_ text: String, extras: [Unicode.Scalar] = []) -> [Word] {
        var words: [Word] = []
        var current = "", start = 0, offset = 0, kept = 0
        func flush() { if !current.isEmpty { words.append(Word(text: current.lowercased(), start: start, end: offset)) }; current = ""; kept = 0 }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || extras.contains(scalar) {
                if current.isEmpty { start = offset }
                let width = UTF8.width(scalar)
                if kept + width <= WordScanner.maximumWordBytes { current.unicodeScalars.append(scalar); kept += width }
            } else {
                flush()
            }
            offset += UTF8.width(scalar)
        }
        flush()
        return words
    }

    func testNorwegianWordsAreLowerCasedWithByteOffsets() {
        let (words, bytes) = scanned("ÆRE Pårørende, ØYE-lege §10a ÅS")
        let expected = [Word(text: "ære", start: 0, end: 4), Word(text: "pårørende", start: 5, end: 16),
                        Word(text: "øye", start: 18, end: 22), Word(text: "lege", start: 23, end: 27),
                        Word(text: "10a", start: 30, end: 33), Word(text: "ås", start: 34, end: 37)]
        XCTAssertEqual(words, expected)
        XCTAssertEqual(bytes, expected)
    }

    func testRandomTextMatchesTheDefinition() {
        // ASCII, every Latin-1 scalar, other scripts with their own case rules ("İ", "Σ"), marks, emoji.
        let alphabet = Array("aZ09 -.,§_\t\n") + (0x80...0xFF).compactMap { Unicode.Scalar($0).map(Character.init) }
            + Array("İıŒœŸΣσςДдאב١٢\u{301}😀ǅ")
        var random = SplitMix64(seed: 7)
        for _ in 0..<3000 {
            let text = String((0..<random.next(upTo: 40)).map { _ in alphabet[random.next(upTo: alphabet.count)] })
            let (words, bytes) = scanned(text)
            XCTAssertEqual(words, expected(text), text)
            XCTAssertEqual(bytes, expected(text), text)
            XCTAssertEqual(scanned(text, extras: ["_"]).words, expected(text, extras: ["_"]), text)
        }
    }

    func testHugeRunsAreCutAtTheLimitButKeepTheirRange() {
        let text = String(repeating: "ø", count: 100) + " x"
        let words = scanned(text).words
        XCTAssertEqual(words.map(\.text), [String(repeating: "ø", count: 64), "x"])
        XCTAssertEqual(words.first?.end, 200)
        XCTAssertEqual(words, expected(text))
    }

    func testInvalidBytesSeparateWordsAndOffsetsStayTrue() {
        var bytes: [UInt8] = Array("ab".utf8) + [0xFF] + Array("cd".utf8) + [0xC3] + Array("ef".utf8) + [0xE2, 0x82] + Array("gh".utf8)
        var found: [Word] = []
        bytes.withUnsafeMutableBufferPointer { buffer in
            WordScanner().words(in: UnsafeBufferPointer(buffer)) { found.append(Word(text: $0, start: $1, end: $2)); return true }
        }
        XCTAssertEqual(found, [Word(text: "ab", start: 0, end: 2), Word(text: "cd", start: 3, end: 5),
                               Word(text: "ef", start: 6, end: 8), Word(text: "gh", start: 10, end: 12)])
    }
}
