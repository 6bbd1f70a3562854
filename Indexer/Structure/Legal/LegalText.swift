import Foundation
import GuideKit

/// An article's text as the legal scanner reads it: every title, paragraph and checklist line in
/// reading order, joined into one character array (pieces separated by a line break, which also
/// ends a sentence), with the source span of each piece.
///
/// Clean-up: "%C2%A7" (a percent-escaped "§" that PDF text keeps) becomes "§"; whitespace runs,
/// line breaks inside a piece included, become one space, so "§\n 11" reads "§ 11".
struct LegalText {
    struct Piece {
        let range: Range<Int>
        let source: SourceSpan
    }

    /// The cleaned text, case kept (for sentence starts).
    let characters: [Character]
    /// The same, lower case, index for index.
    let lower: [Character]
    let pieces: [Piece]

    init(article: Article) {
        self.init(pieces: Self.pieces(of: article))
    }

    init(pieces written: [(text: String, source: SourceSpan)]) {
        var characters: [Character] = []
        var pieces: [Piece] = []
        for (text, source) in written {
            let cleaned = Array(Self.clean(text))
            guard !cleaned.isEmpty else { continue }
            if !characters.isEmpty { characters.append("\n") }
            pieces.append(Piece(range: characters.count..<characters.count + cleaned.count, source: source))
            characters += cleaned
        }
        self.characters = characters
        self.lower = characters.map(Self.lowercased)
        self.pieces = pieces
    }

    /// The span of the piece holding `offset`.
    func source(at offset: Int) -> SourceSpan? {
        pieces.first { $0.range.contains(offset) }?.source
    }

    /// True when a sentence ends somewhere in `range`: a line break between pieces, or ".", "!" or
    /// "?" followed by a space and a capital letter.
    func hasSentenceEnd(in range: Range<Int>) -> Bool {
        for i in range where i < characters.count {
            let c = characters[i]
            if c == "\n" { return true }
            if c == "." || c == "!" || c == "?", i + 2 < characters.count, characters[i + 1] == " ",
               characters[i + 2].isUppercase {
                return true
            }
        }
        return false
    }

    /// Lower-case text of `range`, clamped to the text.
    func lowerText(_ range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(lower.count, max(range.lowerBound, range.upperBound))
        return String(lower[r])
    }

    // MARK: - Building

    private static func pieces(of article: Article) -> [(text: String, source: SourceSpan)] {
        var out: [(text: String, source: SourceSpan)] = [(article.title, article.source)]
        for section in article.sections {
            if let title = section.title { out.append((title, section.source)) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    out.append((paragraph.text, paragraph.source))
                case .checklist(let checklist):
                    out.append((checklist.leadIn, checklist.source))
                    out += items(checklist.items)
                }
            }
        }
        return out
    }

    private static func items(_ items: [ChecklistItem]) -> [(text: String, source: SourceSpan)] {
        items.flatMap { [($0.text, $0.source)] + Self.items($0.items) }
    }

    static func clean(_ text: String) -> String {
        // Only a text holding "%", "&" or the soft hyphen's last byte can change before the spaces.
        guard text.utf8.contains(where: { $0 == 0x25 || $0 == 0x26 || $0 == 0xAD }) else { return TextCleanup.normalizeSpaces(text) }
        var t = text
        for escaped in ["%C2%A7", "%c2%a7", "&sect;"] {
            t = t.replacingOccurrences(of: escaped, with: "§")
        }
        t = t.replacingOccurrences(of: "\u{00AD}", with: "")
        return TextCleanup.normalizeSpaces(t)
    }

    private static func lowercased(_ c: Character) -> Character {
        // ASCII by arithmetic: making a String per character was most of the lower-casing.
        if let ascii = c.asciiValue {
            return (0x41...0x5A).contains(ascii) ? Character(Unicode.Scalar(ascii | 0x20)) : c
        }
        let lowered = c.lowercased()
        return lowered.count == 1 ? Character(lowered) : c
    }
}
