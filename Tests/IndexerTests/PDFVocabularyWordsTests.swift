import Foundation
import TestFixtures
import XCTest
@testable import GuideIndexer

/// Glue repair tells glued words from compounds by the words a document uses on its own; those
/// words are read by bytes where the text is ASCII, and must be the words read character by character.
final class PDFVocabularyWordsTests: XCTestCase {
    /// The words as they were read before, every character a `Character`: the oracle.
    private func characterWords(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespace }).compactMap { piece in
            let core = piece.trimmingCharacters(in: CharacterSet.letters.inverted)
            guard !core.isEmpty, core.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            return core.lowercased()
        }
    }

    func testTrickyLinesGiveTheSameWords() {
        let lines = [
            "Pårørende bør få tilbud om avlastning (lovdata.no).",
            "ellerspesialisthelsetjenesteloven § 2-5a\u{00A0}(lovdata.no) «Sitat» – A-aksje, x-y-, -z",
            "  ÆRE   Øyvind\tÅse  ",
            "kafe\u{0301} e\u{0301}n \u{0301}kombinert ord",
            "tall 123 og ord123 og (parentes) og «anførsel»",
            "KAPITTEL 3 Behandling: Oppfølging; slutt!",
            "",
            "   ",
        ]
        for line in lines {
            XCTAssertEqual(PDFVocabulary.words(in: line), characterWords(line), line.debugDescription)
        }
    }

    func testTheReaderFixturesGiveTheSameWords() throws {
        let files = try FileManager.default.contentsOfDirectory(at: TestFixtures.bundledCorpus, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        XCTAssertFalse(files.isEmpty)
        var lines = 0
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init) {
                XCTAssertEqual(PDFVocabulary.words(in: line), characterWords(line), "\(file.lastPathComponent): \(line)")
                lines += 1
            }
        }
        XCTAssertGreaterThan(lines, 500)
    }

    /// Line numbers in warnings count every kind of line break, and only line breaks.
    func testLinesSplitAtEveryKindOfLineBreak() {
        let document = SourceDocument(path: "Corpus/x.txt", text: "én\r\nto\rtre\n\nfire\u{00A0}\u{2028}fem\r\n")
        XCTAssertEqual(document.lines, ["én", "to", "tre", "", "fire\u{00A0}\u{2028}fem"])
        XCTAssertEqual(SourceDocument(path: "Corpus/x.txt", text: "").lines, [])
        XCTAssertEqual(SourceDocument(path: "Corpus/x.txt", text: "a\n\n").lines, ["a", ""])
        XCTAssertEqual(SourceDocument(path: "Corpus/x.txt", text: "\r\r\n").lines, ["", ""])
    }
}
