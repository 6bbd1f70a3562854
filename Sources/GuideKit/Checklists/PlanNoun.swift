/// Finds the plan a text names: "individuell plan", "behandlingsplanen", "plan for oppfølging",
/// "kriseplanar" — any word that is "plan" or ends in it, in any inflection, Bokmål or Nynorsk.
public enum PlanNoun {
    /// Inflected endings of "plan", longest first.
    private static let endings = ["planene", "planane", "planen", "planer", "planar", "plan"]
    private static let individual = ["individuell", "individuelle", "individuelt"]

    /// Whether the (lower-case) word is "plan" or a compound ending in it ("oppfølgingsplanen").
    public static func isPlanNoun(_ word: String) -> Bool {
        endings.contains { word.hasSuffix($0) }
    }

    /// The first plan the text names, in its base form ("behandlingsplan", "individuell plan",
    /// "plan for oppfølging", "plan"); nil when it names none.
    public static func first(in text: String) -> String? {
        let words = QueryTerms.tokens(text)
        for (index, word) in words.enumerated() where isPlanNoun(word) {
            guard let ending = endings.first(where: { word.hasSuffix($0) }) else { continue }
            let base = String(word.dropLast(ending.count)) + "plan"
            guard base == "plan" else { return base }
            if index > 0, individual.contains(words[index - 1]) { return "individuell plan" }
            if index + 2 < words.count, words[index + 1] == "for", !Stopwords.contains(words[index + 2]) {
                return "plan for " + words[index + 2]
            }
            return "plan"
        }
        return nil
    }
}
