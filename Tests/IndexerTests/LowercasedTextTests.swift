@testable import GuideIndexer
import GuideKit
import XCTest

/// The readers lower lines from their bytes where they can (`lowercasedFast`), and sentences are cut
/// from the text by bytes; these hold that both give what the standard library's slower ways give,
/// on Norwegian text and on every scalar a page could carry.
final class LowercasedTextTests: XCTestCase {
    func testNorwegianLinesAreLoweredAsTheStandardLibraryLowersThem() {
        let lines = [
            "", "Råd", "ÆRE, ØYE OG ÅS", "Helsepersonelloven § 10A gjelder.", "«Sterk Anbefaling» – Ærlig • Ω Σ",
            "İstanbul", "ǅemal ǈ ǋ", "Straße ẞ", "КИРИЛЛИЦА Ⅻ Ⓐ", "e\u{0301} É Ê", "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß",
        ]
        for line in lines {
            XCTAssertEqual(line.lowercasedFast, line.lowercased(), line)
            XCTAssertEqual(line.dropFirst().lowercasedFast, line.dropFirst().lowercased(), line)
        }
    }

    func testEveryScalarOfTheBasicPlaneIsLoweredAsTheStandardLibraryLowersIt() {
        for value in UInt32(1)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(scalar) + "Ø"
            XCTAssertEqual(text.lowercasedFast, text.lowercased(), String(value, radix: 16))
        }
    }

    func testSentencesAreCutWithTheirCharactersWhateverTheirScalars() {
        let text = "  • Første «ære». Så e\u{0301}n 🇳🇴 til! Hvem? Ja.\nNy linje her"
        let sentences = SentenceSplitter.sentences(in: text)
        XCTAssertEqual(sentences.map(\.text), ["Første «ære».", "Så e\u{0301}n 🇳🇴 til!", "Hvem?", "Ja.", "Ny linje her"])
        let scalars = Array(text.unicodeScalars)
        for sentence in sentences {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[sentence.range])
            XCTAssertEqual(String(view), sentence.text)
        }
    }
}
