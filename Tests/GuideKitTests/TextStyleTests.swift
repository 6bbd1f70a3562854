@testable import GuideKit
import XCTest

final class TextStyleTests: XCTestCase {
    func testWrapsAtTheWidthInCharactersWithIndents() {
        let style = TextStyle(colored: false, width: 20)
        XCTAssertEqual(style.wrapped("Pårørende bør få tilbud om samtale", indent: "  ", firstIndent: "1. "),
                       "1. Pårørende bør få\n  tilbud om samtale")
        // "é" written as e + a combining accent is one character wide.
        XCTAssertEqual(style.wrapped("kafe\u{301} kafe\u{301} kafe\u{301} kafe\u{301}"), "kafe\u{301} kafe\u{301} kafe\u{301} kafe\u{301}")
        XCTAssertEqual(TextStyle(colored: false, width: 5).wrapped("abcdefgh ij"), "abcdefgh\nij", "a longer word stands alone")
    }

    /// The lines hold the words in order, none longer than the width unless one word is.
    func testRandomTextKeepsEveryWordWithinTheWidth() {
        let alphabet: [Character] = Array("aøÅé  \n") + ["e\u{301}", "😀", "ß"]
        var random = SplitMix64(seed: 5)
        for _ in 0..<500 {
            let text = String((0..<random.next(upTo: 200)).map { _ in alphabet[random.next(upTo: alphabet.count)] })
            let width = 5 + random.next(upTo: 30)
            let wrapped = TextStyle(colored: false, width: width).wrapped(text, indent: "  ")
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            XCTAssertEqual(wrapped.split(whereSeparator: { $0 == " " || $0 == "\n" }), words, text)
            for line in wrapped.split(separator: "\n") where line.count > width {
                XCTAssertEqual(line.dropFirst(2).split(separator: " ").count, 1, "only a single long word overflows: \(line)")
            }
        }
    }

    func testEveryKindOfLineBreakBecomesOneSpace() {
        XCTAssertEqual("a\nb\r\nc\u{2028}d\n\ne".replacingNewlines(), "a b c d e")
        XCTAssertEqual("\n\nstart\u{85}é…\u{2029}\n".replacingNewlines(), "start é…")
        // The same as splitting by Character, on random text.
        let alphabet: [Character] = Array("aøé… \n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}") + ["\r\n"]
        var random = SplitMix64(seed: 9)
        for _ in 0..<500 {
            let text = String((0..<random.next(upTo: 30)).map { _ in alphabet[random.next(upTo: alphabet.count)] })
            XCTAssertEqual(text.replacingNewlines(), text.split(whereSeparator: \.isNewline).joined(separator: " "), text.debugDescription)
        }
    }
}
