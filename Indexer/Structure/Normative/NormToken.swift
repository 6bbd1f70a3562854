/// A word or a punctuation mark of a sentence, with its place in Unicode scalars. Words are runs of
/// letters and digits (as the analyzer reads them: "ALS-teamet" is "als" + "teamet"); the marks
/// kept are those that close a clause or a question.
struct NormToken: Sendable, Hashable {
    /// Lower case.
    let text: String
    /// As written (capitals tell a name or a subject after the verb).
    let written: String
    let range: Range<Int>
    let isWord: Bool

    /// Quotation marks are kept too: a cue between them is mentioned, not used ("uttrykkene «skal» og «må»").
    static let marks: Set<Unicode.Scalar> = [",", ";", ":", "?", "!", "(", ")", "–", ".", "\"", "«", "»", "“", "”", "„"]
    static let quotes: Set<String> = ["\"", "«", "»", "“", "”", "„"]

    static func tokens(_ text: String) -> [NormToken] {
        var out: [NormToken] = []
        var word = String.UnicodeScalarView()
        var start = 0
        func flush(_ end: Int) {
            guard !word.isEmpty else { return }
            let written = String(word), lower = written.lowercasedFast
            out.append(NormToken(text: lower, written: written, range: start..<end, isWord: true))
            word = String.UnicodeScalarView()
        }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if isWordScalar(scalar) {
                if word.isEmpty { start = offset }
                word.append(scalar)
                continue
            }
            flush(offset)
            if marks.contains(scalar) {
                out.append(NormToken(text: String(scalar), written: String(scalar), range: offset..<(offset + 1),
                                     isWord: false))
            }
        }
        flush(text.unicodeScalars.count)
        return out
    }

    /// A letter or a digit. An ASCII scalar is answered from its value (A–Z, a–z, 0–9 are its only
    /// alphabetic or numeric ones); Unicode's property tables were most of the tokenizing.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
