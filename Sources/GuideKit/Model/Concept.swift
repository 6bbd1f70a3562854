/// A situation in everyday words and the guidelines' terms for it (`Indexer/Resources/concepts.tsv`):
/// "klarer ikke å spise" ↔ "ernæring", "spisehjelp". Lay phrases and terms are lower-cased words.
public struct Concept: Sendable, Hashable {
    /// How people describe the situation.
    public var layPhrases: [String]
    /// What the guidelines call it; the first is one word and names the concept.
    public var terms: [String]
    public var line: Int

    public init(layPhrases: [String], terms: [String], line: Int) {
        self.layPhrases = layPhrases
        self.terms = terms
        self.line = line
    }

    /// The words of a lay phrase as a query is matched against it: stems of the words that are not
    /// filler ("klarer ikke å spise" → "klar", "ikk", "spis") nor a degree or time adverb, which says
    /// how much or since when, not what ("klarer ikke lenger å snakke", "orker nesten ikke å snakke").
    public static func matchingStems(_ phrase: String) -> [String] {
        QueryTerms.tokens(phrase).filter { !Stopwords.contains($0) && !degreeAdverbs.contains($0) }.map(NorwegianAnalyzer.stem)
    }

    /// Adverbs of degree and time that qualify a lay description without changing what it describes.
    static let degreeAdverbs: Set<String> = [
        "lenger", "lengre", "nesten", "helt", "mer", "mye", "veldig", "svært", "altfor", "særlig", "egentlig",
        "fortsatt", "plutselig", "stadig", "ofte", "lenge", "knapt", "heilt", "nokså", "ganske",
    ]
}
