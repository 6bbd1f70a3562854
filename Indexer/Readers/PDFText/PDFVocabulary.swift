import Foundation

/// The words a document uses on their own, so that words glued together by the PDF export
/// ("ellerspesialisthelsetjenesteloven") can be told from real compounds and split.
struct PDFVocabulary: Sendable {
    private var counts: [String: Int] = [:]

    init(lines: [String]) {
        for line in lines {
            for token in PDFVocabulary.words(in: line) {
                counts[token, default: 0] += 1
            }
        }
    }

    /// How often the word (any case) stands alone in the document.
    func count(_ word: String) -> Int { counts[word.lowercased()] ?? 0 }

    /// `count` of a word already in lower case.
    func countLowered(_ word: String) -> Int { counts[word] ?? 0 }

    func isKnown(_ word: String) -> Bool { count(word) > 0 || PDFWordLists.connectives.contains(word.lowercased()) }

    /// Lower-cased words made of letters (and inner hyphens), punctuation stripped.
    static func words(in text: String) -> [String] {
        text.split(whereSeparator: { $0.isWhitespaceFast }).compactMap { piece in
            // A piece with an ASCII letter at either end has nothing to trim: Foundation's trimming
            // was most of the time this took.
            let core = startsAndEndsWithASCIILetter(piece) ? String(piece) : piece.trimmingCharacters(in: notLetters)
            guard !core.isEmpty, core.allSatisfy({ $0.isLetterFast || $0 == "-" }) else { return nil }
            return core.lowercased()
        }
    }

    private static let notLetters = CharacterSet.letters.inverted

    private static func startsAndEndsWithASCIILetter(_ piece: Substring) -> Bool {
        guard let first = piece.utf8.first, let last = piece.utf8.last else { return false }
        let isLetter = { (byte: UInt8) in (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        return isLetter(first) && isLetter(last)
    }
}
