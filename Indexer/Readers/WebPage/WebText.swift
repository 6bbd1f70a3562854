import Foundation

/// Small text tests the web page reader asks of a line.
enum WebText {
    /// Characters that end a sentence or introduce a list; a heading ends with none of them.
    static let closingPunctuation: Set<Character> = [".", ":", ";", ",", "!", "?", "…"]

    /// Web addresses written in the text.
    static func urls(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        guard ByteSearch.holds(text, "http") else { return [] }
        while let range = rest.firstRange(ofPattern: #"https?://[^\s<>"]+"#) {
            found.append(trimURL(String(rest[range])))
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// Drops sentence punctuation glued to the end of an address.
    static func trimURL(_ url: String) -> String {
        var u = url
        while let last = u.last, ".,;:)]".contains(last) { u.removeLast() }
        return u
    }

    static func words(_ text: String) -> [Substring] {
        text.split { !$0.isLetterFast && !$0.isNumberFast && $0 != "-" && $0 != "/" }
    }

    /// True when a sentence ends inside the line ("… tillit. Reflekter …"): running text, not a heading.
    static func hasSentenceBreak(_ text: String) -> Bool {
        hasStopThenSpace(text) && text.firstRange(ofPattern: #"[.!?] \p{Lu}"#) != nil
    }

    /// A line that is only the text of a link: "Pårørendeavtale – et verktøy - Helsedirektoratet",
    /// "Systematisk etisk refleksjon (ks.no)".
    static func isLinkText(_ text: String) -> Bool {
        // The patterns need a closing bracket at the end, or " - ": asked only of lines that have one.
        text.utf8.last == UInt8(ascii: ")") && text.firstRange(ofPattern: #"\([\w.-]+\.(no|com|org|net|se|dk|eu|int)\)$"#) != nil
            || ByteSearch.holds(text, " - ") && text.firstRange(ofPattern: #" - \p{Lu}[\p{L}\d]+$"#) != nil
    }

    /// ".", "!" or "?" before a space somewhere in the line: what a sentence break needs, asked of
    /// the bytes before the regular expression is.
    private static func hasStopThenSpace(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20, previous == 0x2E || previous == 0x21 || previous == 0x3F { return true }
            previous = byte
        }
        return false
    }

    /// Foundation's `contains`, asked only when the text's bytes hold the word: most lines hold none
    /// of the words a test looks for, and Foundation's search costs far more than a pass over bytes.
    /// Only for words without another canonical form (ASCII, "ø"; not "å" or an accent, which a
    /// decomposed text spells otherwise), so holding their bytes is needed for a match.
    static func holds(_ text: String, _ word: String) -> Bool {
        ByteSearch.holds(text, word) && text.contains(word)
    }
}
