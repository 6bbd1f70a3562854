/// How role names are compared, shared by the indexer (which matches them in sentences) and by
/// queries ("fastlegen", "ALS-koordinatoren"): the words' stems, in order. One listed form thus
/// covers its inflections, and a hyphen or a space between words does not matter.
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

    /// The stems of the words ("Fastlegens" → ["fastleg"]).
    public static func stems(_ text: String) -> [String] {
        words(text).map(NorwegianAnalyzer.stem)
    }

    /// The lookup key the index stores: stems joined by a space.
    public static func key(_ text: String) -> String {
        stems(text).joined(separator: " ")
    }
}
