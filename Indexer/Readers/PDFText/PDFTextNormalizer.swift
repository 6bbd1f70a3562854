import Foundation

/// Final clean-up of a repaired line: spaces, punctuation spacing, escaped "§".
enum PDFTextNormalizer {
    /// "%C2%A7 2-5a" → "§ 2-5a": percent-escapes that leaked from link addresses into the text.
    static func decodePercentEscapes(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.firstRange(ofPattern: #"(%[0-9A-Fa-f]{2})+"#) {
            out += rest[..<range.lowerBound]
            let escaped = String(rest[range])
            out += escaped.removingPercentEncoding ?? escaped
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    static func clean(_ text: String) -> String {
        var t = TextCleanup.normalizeSpaces(text)
        // Each pattern needs two neighbouring characters most lines lack (" ,", "( ", ")x", ".X",
        // "§2"); a line without them is asked nothing. A byte of 0x80 or more may start a letter or digit.
        let isASCIILetter = { (b: UInt8) in (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
        if ByteSearch.holdsPair(t, { $0 == 0x20 && Self.closers.contains($1) }) {
            t = t.replacingPattern(#" +([,.;:!?)»])(?=\s|$|[,.;:)])"#, with: "$1")
        }
        if ByteSearch.holdsPair(t, { ($0 == 0x28 || $0 == 0xAB) && $1 == 0x20 }) { t = t.replacingPattern(#"([(«]) +"#, with: "$1") }
        if ByteSearch.holdsPair(t, { $0 == 0x29 && (isASCIILetter($1) || $1 >= 0x80) }) {
            t = t.replacingPattern(#"\)(\p{L})"#, with: ") $1")
        }
        if ByteSearch.holdsPair(t, { $0 == 0x2E && ((0x41...0x5A).contains($1) || $1 >= 0x80) }) {
            t = t.replacingPattern(#"(\p{Ll}{2})\.(\p{Lu}\p{Ll})"#, with: "$1. $2")
        }
        if ByteSearch.holdsPair(t, { $0 == 0xA7 && ((0x30...0x39).contains($1) || $1 >= 0x80) }) {
            t = t.replacingPattern(#"§(\d)"#, with: "§ $1")
        }
        // No character outside ASCII lower-cases to t, e or l, so a line whose bytes lack "ttel" in
        // any case cannot hold "kapittel" once lowered: most lines skip the lower-casing.
        if ByteSearch.holdsIgnoringASCIICase(t, "ttel"), ByteSearch.holds(t.lowercased(), "kapittel") {
            t = t.replacingPattern(#"(?i)\b(kapittel)(\d)"#, with: "$1 $2")
        }
        return TextCleanup.normalizeSpaces(t)
    }

    /// The bytes a space may stand before in the first pattern: `,.;:!?)` and the lead byte of `»`.
    private static let closers: [UInt8] = [0x2C, 0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0xC2]

    /// "(lovdata.no)", "(ehelse.no)", "(pdf)": the marks the PDF export adds after a link text.
    static let linkCuePattern = #"\((?:[\p{L}\d-]+\.)+\p{L}{2,}\)?|\(pdf\)"#

    static func linkCueCount(_ text: String) -> Int {
        // Both kinds of mark start with "(".
        guard text.utf8.contains(0x28) else { return 0 }
        var count = 0
        var rest = Substring(text)
        while let range = rest.firstRange(ofPattern: linkCuePattern, caseInsensitive: true) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
