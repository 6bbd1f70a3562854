import Foundation

/// Small text tests the web page reader asks of a line.
enum WebText {
    /// Characters that end a sentence or introduce a list; a heading ends with none of them.
    static let closingPunctuation: Set<Character> = [".", ":", ";", ",", "!", "?", "…"]

    /// Web addresses written in the text.
    static func urls(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
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
        text.split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "/" }
    }

    /// True when a sentence ends inside the line ("… tillit. Reflekter …"): running text, not a heading.
    static func hasSentenceBreak(_ text: String) -> Bool {
        text.firstRange(ofPattern: #"[.!?] \p{Lu}"#) != nil
    }

    /// A line that is only the text of a link: "Pårørendeavtale – et verktøy - Helsedirektoratet",
    /// "Systematisk etisk refleksjon (ks.no)".
    static func isLinkText(_ text: String) -> Bool {
        text.firstRange(ofPattern: #"\([\w.-]+\.(no|com|org|net|se|dk|eu|int)\)$"#) != nil
            || text.firstRange(ofPattern: #" - \p{Lu}[\p{L}\d]+$"#) != nil
    }
}
