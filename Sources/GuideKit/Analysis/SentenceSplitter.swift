/// Splits a text into sentences: at line breaks, and after ".", "!" or "?" followed by a space and a
/// capital letter — unless the dot ends an abbreviation ("jf. Helsepersonelloven", "f.eks. Pasienten",
/// "ca. 70", "nr. 5") or an initial ("A. K. Bakken"). Numbers ("§ 3.3", "30. juni") never split,
/// since no space and capital follow. Used by `guide law` (citing sentences) and by the indexer's
/// normative statements, so both see the same sentences.
public enum SentenceSplitter {
    /// Abbreviations that end in a dot, lower case, without that final dot.
    static let abbreviations: Set<String> = [
        "jf", "jfr", "jmf", "f.eks", "bl.a", "ca", "dvs", "mv", "m.v", "m.m", "nr", "pkt", "kap", "ref", "evt",
        "inkl", "ekskl", "etc", "el", "o.l", "t.o.m", "f.o.m", "dr", "prof", "st", "iht", "vs", "s", "ev", "mht",
        "pga", "tlf", "kl", "bokst", "avd", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "okt", "nov", "des",
    ]

    /// Sentence ranges in `chars` (character offsets): trimmed, without a leading list bullet.
    public static func sentences(_ chars: [Character]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        func close(_ end: Int) {
            var a = start, b = end
            while a < b, chars[a].isWhitespace || chars[a] == "•" { a += 1 }
            while b > a, chars[b - 1].isWhitespace { b -= 1 }
            if a < b { out.append(a..<b) }
            start = end
        }
        var i = 0
        while i < chars.count {
            if chars[i].isNewline {
                close(i)
            } else if ".!?".contains(chars[i]), i + 2 < chars.count, chars[i + 1] == " ", chars[i + 2].isUppercase,
                      chars[i] != "." || !endsAbbreviation(chars, dotAt: i) {
                close(i + 1)
            }
            i += 1
        }
        close(chars.count)
        return out
    }

    /// The sentences of a text with their ranges in Unicode scalars (the offsets `Snippet` and the
    /// index use).
    public static func sentences(in text: String) -> [(text: String, range: Range<Int>)] {
        let chars = Array(text)
        var scalarOffset = [Int](repeating: 0, count: chars.count + 1)
        var byteOffset = [Int](repeating: 0, count: chars.count + 1)
        for (k, c) in chars.enumerated() {
            scalarOffset[k + 1] = scalarOffset[k] + c.unicodeScalars.count
            byteOffset[k + 1] = byteOffset[k] + c.utf8.count
        }
        // Each sentence's text is cut from the text by its bytes (the same characters): building it
        // character by character was half the splitting.
        let utf8 = text.utf8
        return sentences(chars).map { range in
            let lower = utf8.index(utf8.startIndex, offsetBy: byteOffset[range.lowerBound])
            let upper = utf8.index(utf8.startIndex, offsetBy: byteOffset[range.upperBound])
            return (String(text[lower..<upper]), scalarOffset[range.lowerBound]..<scalarOffset[range.upperBound])
        }
    }

    /// The word before the dot at `dot` is a known abbreviation or a single letter.
    private static func endsAbbreviation(_ chars: [Character], dotAt dot: Int) -> Bool {
        var a = dot
        while a > 0, chars[a - 1].isLetter || chars[a - 1] == "." { a -= 1 }
        let word = String(chars[a..<dot]).lowercased()
        if word.count == 1 { return chars[a].isUppercase && (a == 0 || !(chars[a - 1].isLetter || chars[a - 1].isNumber)) }
        return abbreviations.contains(word)
    }
}
