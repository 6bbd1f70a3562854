/// The concept lexicon in query analysis: a lay phrase of the query ("klarer ikke å spise") adds a
/// word searching the guidelines' terms for it ("ernæring", "innta næring" …), which counts
/// `SearchRanking.conceptWeight` of a typed word.
extension QueryAnalyzer {
    /// One word per concept whose lay phrase the query holds: its stems in order with nothing but
    /// filler words between (`Concept.matchingStems`), in the order the lexicon lists the concepts.
    func conceptWords(in query: String) throws -> [QueryAnalysis.Word] {
        let stems = Concept.matchingStems(String(query.prefix(QueryTerms.maximumCharacters)))
        guard !stems.isEmpty else { return [] }
        var words: [QueryAnalysis.Word] = []
        var found = Set<Int>()
        for lay in try store.conceptLayPhrases(beginningWithOneOf: stems)
        where !found.contains(lay.concept) && Self.holds(stems, inOrder: lay.stems) {
            found.insert(lay.concept)
            let terms = try store.conceptTerms(lay.concept)
            guard let name = terms.first else { continue }
            words.append(QueryAnalysis.Word(
                typed: lay.phrase, searched: name,
                alternatives: terms.map { QueryTerms.tokens($0).map(NorwegianAnalyzer.stem) },
                notes: ["begrep: " + terms.joined(separator: ", ")], concept: lay.phrase))
        }
        return words
    }

    /// Whether `sequence` occurs in `stems` as a run.
    static func holds(_ stems: [String], inOrder sequence: [String]) -> Bool {
        guard !sequence.isEmpty, sequence.count <= stems.count else { return false }
        return (0...(stems.count - sequence.count)).contains { stems[$0..<($0 + sequence.count)].elementsEqual(sequence) }
    }
}
