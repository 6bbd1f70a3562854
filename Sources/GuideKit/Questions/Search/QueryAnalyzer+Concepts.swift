/// The concept lexicon in query analysis: a lay phrase of the query ("klarer ikke å spise") adds a
/// word searching the guidelines' terms for it ("ernæring", "innta næring" …), which counts
/// `SearchRanking.conceptWeight` of a typed word.
extension QueryAnalyzer {
    /// One word per concept whose lay phrase the query holds: its stems in order with nothing but
    /// filler words between (`Concept.matchingStems`), in the order the lexicon lists the concepts.
    /// A word that is itself a lay phrase stands for its concept's name in a second look: "moren er
    /// helt utslitt" holds "pårørende er utslitt", as "moren" is said of a relative (`pårørende`).
    func conceptWords(in query: String) throws -> [QueryAnalysis.Word] {
        let stems = Concept.matchingStems(String(query.prefix(QueryTerms.maximumCharacters)))
        guard !stems.isEmpty else { return [] }
        var words: [QueryAnalysis.Word] = []
        var found = Set<Int>()
        var named: [String: String] = [:]
        try add(in: stems, renamed: [:], to: &words, found: &found, named: &named)
        if !named.isEmpty { try add(in: stems, renamed: named, to: &words, found: &found, named: &named) }
        return words
    }

    /// The concepts whose lay phrase `stems` hold and `found` lacks, added to `words`; a stem also
    /// stands for its name in `renamed`. `named` gets the stem of each one-word lay phrase met,
    /// mapped to its concept name's stem.
    private func add(in stems: [String], renamed: [String: String], to words: inout [QueryAnalysis.Word],
                     found: inout Set<Int>, named: inout [String: String]) throws {
        let either = stems.map { [$0] + (renamed[$0].map { [$0] } ?? []) }
        for lay in try store.conceptLayPhrases(beginningWithOneOf: either.flatMap { $0 })
        where !found.contains(lay.concept) && Self.holds(either, inOrder: lay.stems) {
            found.insert(lay.concept)
            let terms = try store.conceptTerms(lay.concept)
            guard let name = terms.first else { continue }
            if lay.stems.count == 1, let stem = lay.stems.first { named[stem] = Concept.matchingStems(name).first ?? stem }
            words.append(QueryAnalysis.Word(
                typed: lay.phrase, searched: name,
                alternatives: terms.map { QueryTerms.tokens($0).map(NorwegianAnalyzer.stem) },
                notes: ["begrep: " + terms.joined(separator: ", ")], concept: lay.phrase))
        }
    }

    /// Whether `sequence` occurs in `stems` as a run.
    static func holds(_ stems: [String], inOrder sequence: [String]) -> Bool {
        holds(stems.map { [$0] }, inOrder: sequence)
    }

    /// Whether `sequence` occurs as a run in a query whose places each stand for one of their stems.
    static func holds(_ places: [[String]], inOrder sequence: [String]) -> Bool {
        guard !sequence.isEmpty, sequence.count <= places.count else { return false }
        return (0...(places.count - sequence.count)).contains { start in
            sequence.indices.allSatisfy { places[start + $0].contains(sequence[$0]) }
        }
    }
}
