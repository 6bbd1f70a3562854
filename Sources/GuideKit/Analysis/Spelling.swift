/// Spelling comparisons for query correction (the edit distance is `EditDistance`).
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
}
