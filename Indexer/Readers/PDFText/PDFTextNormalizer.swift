import Foundation

/// Final clean-up of a repaired line: spaces, punctuation spacing, escaped "§".
enum PDFTextNormalizer {
    /// "%C2%A7 2-5a" → "§ 2-5a": percent-escapes that leaked from link addresses into the text.
    static func decodePercentEscapes(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: #"(%[0-9A-Fa-f]{2})+"#, options: .regularExpression) {
            out += rest[..<range.lowerBound]
            let escaped = String(rest[range])
            out += escaped.removingPercentEncoding ?? escaped
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    static func clean(_ text: String) -> String {
        var t = TextCleanup.normalizeSpaces(text)
        t = t.replacingOccurrences(of: #" +([,.;:!?)»])(?=\s|$|[,.;:)])"#, with: "$1", options: .regularExpression)
        t = t.replacingOccurrences(of: #"([(«]) +"#, with: "$1", options: .regularExpression)
        t = t.replacingOccurrences(of: #"\)(\p{L})"#, with: ") $1", options: .regularExpression)
        t = t.replacingOccurrences(of: #"(\p{Ll}{2})\.(\p{Lu}\p{Ll})"#, with: "$1. $2", options: .regularExpression)
        t = t.replacingOccurrences(of: #"§(\d)"#, with: "§ $1", options: .regularExpression)
        t = t.replacingOccurrences(of: #"(?i)\b(kapittel)(\d)"#, with: "$1 $2", options: .regularExpression)
        return TextCleanup.normalizeSpaces(t)
    }

    /// "(lovdata.no)", "(ehelse.no)", "(pdf)": the marks the PDF export adds after a link text.
    static let linkCuePattern = #"\((?:[\p{L}\d-]+\.)+\p{L}{2,}\)?|\(pdf\)"#

    static func linkCueCount(_ text: String) -> Int {
        var count = 0
        var rest = Substring(text)
        while let range = rest.range(of: linkCuePattern, options: [.regularExpression, .caseInsensitive]) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}
