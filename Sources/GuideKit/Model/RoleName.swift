/// How role names are compared, shared by the indexer (which matches them in sentences) and by
/// queries ("fastlegen", "ALS-koordinatoren"): word by word, a written word matches a listed one
/// when it is the listed word (less a final "e") followed by a noun or adjective ending of Bokmål
/// or Nynorsk ("fastlege" → "fastlegen", "fastlegens"; "sykepleier" → "sykepleierne";
/// "kommunal" → "kommunale"). Snowball stems are no help here: they take "-lege" for a suffix
/// ("fastlege" and "fast" share a stem) and cut "-er" nouns unevenly ("sykepleier" ≠ "sykepleiere").
/// A hyphen or a space between words does not matter.
public enum RoleName {
    /// Lower-case words: runs of letters and digits, as the analyzer reads them.
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar)
            } else if !word.isEmpty {
                out.append(String(word).lowercased())
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { out.append(String(word).lowercased()) }
        return out
    }

    /// Endings of inflected nouns and adjectives, definite, plural and genitive forms.
    static let endings: Set<String> = [
        "", "e", "en", "et", "er", "ene", "ens", "es", "ets", "ers", "enes", "s", "n", "ne", "ns", "t", "a", "ar", "ane", "as",
        "ars", "anes", "r", "rs", "nes", "ts",
    ]

    /// The lookup key the index stores: the lower-case words joined by a space.
    public static func key(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// A written word (lower case) is an inflection of a listed one (lower case).
    public static func matches(_ word: String, listed: String) -> Bool {
        let root = listed.hasSuffix("e") && listed.count > 3 ? String(listed.dropLast()) : listed
        guard word.hasPrefix(root) else { return false }
        return endings.contains(String(word.dropFirst(root.count)))
    }

    /// A written name is an inflection of a listed one, word by word.
    public static func matches(name written: String, listed: String) -> Bool {
        let a = words(written), b = words(listed)
        return a.count == b.count && !a.isEmpty && zip(a, b).allSatisfy { matches($0, listed: $1) }
    }
}
