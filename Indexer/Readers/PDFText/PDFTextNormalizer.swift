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
        // Each pattern needs a character (byte) many lines lack; a line without it is asked nothing.
        if t.utf8.contains(0x20) { t = t.replacingPattern(#" +([,.;:!?)»])(?=\s|$|[,.;:)])"#, with: "$1") }
        if t.utf8.contains(0x28) || t.utf8.contains(0xAB) { t = t.replacingPattern(#"([(«]) +"#, with: "$1") }
        if t.utf8.contains(0x29) { t = t.replacingPattern(#"\)(\p{L})"#, with: ") $1") }
        if t.utf8.contains(0x2E) { t = t.replacingPattern(#"(\p{Ll}{2})\.(\p{Lu}\p{Ll})"#, with: "$1. $2") }
        if t.utf8.contains(0xA7) { t = t.replacingPattern(#"§(\d)"#, with: "§ $1") }
        if ByteSearch.holds(t.lowercased(), "kapittel") { t = t.replacingPattern(#"(?i)\b(kapittel)(\d)"#, with: "$1 $2") }
        return TextCleanup.normalizeSpaces(t)
    }

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
