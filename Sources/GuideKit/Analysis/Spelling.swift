/// Spelling comparisons for query correction.
public enum Spelling {
    /// The word as typed on a keyboard without æ ø å: "pårørende" → "parorende", "ønsker" → "onsker".
    public static func folded(_ word: String) -> String {
        var out = ""
        for ch in word {
            switch ch {
            case "æ": out += "ae"
            case "ø", "ö", "ó", "ò", "ô": out += "o"
            case "å", "ä", "á", "à": out += "a"
            case "é", "è", "ê": out += "e"
            case "ü": out += "u"
            default: out.append(ch)
            }
        }
        return out
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] : 1 + min(previous[j - 1], previous[j], current[j - 1])
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
