/// The concept lexicon in query analysis: a lay phrase of the query ("klarer ikke å spise") adds a
/// word searching the guidelines' terms for it ("ernæring", "innta næring" …), which counts
/// `SearchRanking.conceptWeight` of a typed word.
extension QueryAnalyzer {
    /// One word per concept whose lay phrase the query holds: its stems in order with nothing but
    /// filler words between (`Concept.matchingStems`), in the order the lexicon lists the concepts.
    /// A word that is itself a lay phrase stands for its concept's name in a second look: "moren er
    /// helt utslitt" holds "pårørende er utslitt", as "moren" is said of a relative (`pårørende`).
    /// The longer phrase then says what its other words describe: "helt utslitt" is the relative's,
    /// not the patient's exhaustion, and its own concept is dropped.
    func conceptWords(in query: String) throws -> [QueryAnalysis.Word] {
        let stems = Concept.matchingStems(String(query.prefix(QueryTerms.maximumCharacters)))
        guard !stems.isEmpty else { return [] }
        var found: [(word: QueryAnalysis.Word, concept: Int, places: Range<Int>)] = []
        var named: [String: String] = [:]
        for match in try matches(in: stems, renamed: [:], skipping: []) {
            if match.places.count == 1 { named[stems[match.places.lowerBound]] = match.name }
            found.append((match.word, match.concept, match.places))
        }
        guard !named.isEmpty else { return found.map(\.word) }
        var literal = Set<Int>()
        for match in try matches(in: stems, renamed: named, skipping: Set(found.map(\.concept))) {
            literal.formUnion(match.places.filter { stems[$0] == match.stems[$0 - match.places.lowerBound] })
            found.append((match.word, match.concept, match.places))
        }
        return found.filter { !$0.places.allSatisfy(literal.contains) }.map(\.word)
    }

    /// The concepts not in `skipping` whose lay phrase `stems` hold, each with the places of the
    /// query it covers, its lay stems and its name's stem; a stem also stands for its name in `renamed`.
    private func matches(in stems: [String], renamed: [String: String], skipping: Set<Int>) throws
        -> [(word: QueryAnalysis.Word, concept: Int, places: Range<Int>, stems: [String], name: String)] {
        let either = stems.map { [$0] + (renamed[$0].map { [$0] } ?? []) }
        var found = skipping
        var matches: [(word: QueryAnalysis.Word, concept: Int, places: Range<Int>, stems: [String], name: String)] = []
        for lay in try store.conceptLayPhrases(beginningWithOneOf: either.flatMap { $0 }) where !found.contains(lay.concept) {
            guard let start = Self.start(of: lay.stems, in: either) else { continue }
            found.insert(lay.concept)
            let terms = try store.conceptTerms(lay.concept)
            guard let name = terms.first else { continue }
            let word = QueryAnalysis.Word(
                typed: lay.phrase, searched: name,
                alternatives: terms.map { QueryTerms.tokens($0).map(NorwegianAnalyzer.stem) },
                notes: ["begrep: " + terms.joined(separator: ", ")], concept: lay.phrase)
            matches.append((word, lay.concept, start..<(start + lay.stems.count), lay.stems, Concept.matchingStems(name).first ?? name))
        }
        return matches
    }

    /// Whether `sequence` occurs in `stems` as a run.
    static func holds(_ stems: [String], inOrder sequence: [String]) -> Bool {
        start(of: sequence, in: stems.map { [$0] }) != nil
    }

    /// Where `sequence` first occurs as a run in a query whose places each stand for one of their stems.
    static func start(of sequence: [String], in places: [[String]]) -> Int? {
        guard !sequence.isEmpty, sequence.count <= places.count else { return nil }
        return (0...(places.count - sequence.count)).first { start in
            sequence.indices.allSatisfy { places[start + $0].contains(sequence[$0]) }
        }
    }
}
