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
    ///
    /// By bytes, split at ASCII white space: an ASCII piece is trimmed and lowered by arithmetic, a
    /// piece holding other characters is read as characters. When a byte outside ASCII touches the
    /// white space (a combining mark could join it), the whole text is read as characters.
    static func words(in text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
            for i in bytes.indices.dropFirst() where isSpace(bytes[i]) != isSpace(bytes[i - 1])
                && max(bytes[i], bytes[i - 1]) >= 0x80 {
                return characterWords(in: String(decoding: bytes, as: UTF8.self))
            }
            var words: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || isSpace(bytes[end]) {
                defer { start = end + 1 }
                guard end > start else { continue }
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if piece.contains(where: { $0 >= 0x80 }) {
                    words += characterWords(in: String(decoding: piece, as: UTF8.self))
                } else if let word = asciiWord(piece) {
                    words.append(word)
                }
            }
            return words
        }
    }

    /// An ASCII piece's word: its letters and inner hyphens, lower case; nil when something else is inside.
    private static func asciiWord(_ piece: UnsafeBufferPointer<UInt8>) -> String? {
        let isLetter = { (byte: UInt8) in (byte | 0x20) &- 0x61 < 26 }
        guard let first = piece.firstIndex(where: isLetter), let last = piece.lastIndex(where: isLetter) else { return nil }
        let core = piece[first...last]
        guard core.allSatisfy({ isLetter($0) || $0 == 0x2D }) else { return nil }
        return String(decoding: core.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// `words(in:)` character by character.
    private static func characterWords(in text: String) -> [String] {
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
