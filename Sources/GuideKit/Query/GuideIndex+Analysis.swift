/// Turns typed words into a `QueryAnalysis` by looking the index's own vocabulary up: corrections
/// for words it does not know (missing æ ø å, small typos), compound parts, synonyms.
extension GuideIndex {
    public func analyze(_ query: String) throws -> QueryAnalysis {
        let terms = QueryTerms(query)
        var words: [QueryAnalysis.Word] = []
        for typed in terms.words {
            var word = QueryAnalysis.Word(typed: typed, searched: try isKnown(typed) ? typed : try correction(for: typed) ?? typed)
            if let parts = try compoundParts(of: word.searched) {
                word.alternatives.append(parts.map(NorwegianAnalyzer.stem))
                word.notes.append("sammensatt: " + parts.joined(separator: " + "))
            }
            words.append(word)
        }
        try addSynonyms(to: &words, tokens: QueryTerms.tokens(String(query.prefix(QueryTerms.maximumCharacters))))
        return QueryAnalysis(words: words)
    }

    /// Known as an exact form, as the start of one, or by its stem.
    private func isKnown(_ word: String) throws -> Bool {
        let stem = NorwegianAnalyzer.stemTerm(NorwegianAnalyzer.stem(word))
        // Two look-ups, not `term IN (?, ?)`: SQLite builds an IN list into a temporary index (two zeroed
        // pages), which cost more than the look-ups; lists of words drive joins instead (ARCHITECTURE).
        if try db.firstRow("SELECT 1 FROM vocabulary WHERE term = ? UNION ALL SELECT 1 FROM vocabulary WHERE term = ? LIMIT 1",
                           [word, stem]) != nil { return true }
        guard FTSExpression.isPrefix(word) else { return false }
        return try db.firstRow("SELECT 1 FROM vocabulary WHERE term > ? AND term < ? LIMIT 1",
                               [word, FTSExpression.endOfTerms(beginning: word)]) != nil
    }

    /// The indexed word the user most likely meant: the same word typed without æ ø å, else the
    /// closest by edit distance (1 for words of 4+ letters, 2 for 10+: "forelder" must not become
    /// "følelser"), the more common on ties.
    private func correction(for word: String) throws -> String? {
        let folded = Spelling.folded(word)
        if let row = try db.firstRow("SELECT term FROM vocabulary WHERE folded = ? ORDER BY docs DESC, term LIMIT 1", [folded]) {
            return row.string(0)
        }
        let limit = word.count >= 10 ? 2 : word.count >= 4 ? 1 : 0
        guard limit > 0 else { return nil }
        let vocabulary = correctionVocabulary ?? CorrectionVocabulary(db: db)
        correctionVocabulary = vocabulary
        return try vocabulary.closest(folded: folded, length: word.count, limit: limit)
    }

    /// Two indexed words the given one is made of ("oppfølgingsplan" → "oppfølging", "plan").
    private func compoundParts(of word: String) throws -> [String]? {
        let candidates = Decompounder.candidates(of: word)
        guard !candidates.isEmpty else { return nil }
        var known = Set<String>()
        // One statement for any number of candidates (a JSON list), so it is prepared once.
        for row in try db.rows("SELECT v.term FROM json_each(?) j JOIN vocabulary v ON v.term = j.value", [JSONList.strings(candidates)]) {
            if let term = row.string(0) { known.insert(term) }
        }
        return Decompounder(vocabulary: known).parts(of: word)
    }

    /// For every synonym phrase found in the query's words, the other phrases of its group become
    /// alternatives of the phrase's first content word.
    private func addSynonyms(to words: inout [QueryAnalysis.Word], tokens: [String]) throws {
        for (phraseTokens, other) in try synonyms(beginningWithOneOf: tokens) where tokens.containsSequence(phraseTokens) {
            guard let index = words.firstIndex(where: { phraseTokens.contains($0.typed) || phraseTokens.contains($0.searched) })
            else { continue }
            let stems = QueryTerms.tokens(other).map(NorwegianAnalyzer.stem)
            if !words[index].alternatives.contains(stems) {
                words[index].alternatives.append(stems)
                words[index].notes.append("synonym: \(other)")
            }
        }
    }

    /// (phrase, other phrase of its group) for the phrases whose first word is one of `words`,
    /// in table order: asked per query, as most queries hold none of the phrases. Each word is
    /// listed once: the list drives the join, and a repeated word would repeat its phrases.
    private func synonyms(beginningWithOneOf words: [String]) throws -> [(phrase: [String], other: String)] {
        try db.rows("""
            SELECT s.phrase, o.phrase FROM json_each(?) j JOIN synonyms s ON s.first_word = j.value
            JOIN synonyms o ON o.group_id = s.group_id AND o.phrase <> s.phrase
            ORDER BY s.rowid, o.phrase, o.rowid
            """, [JSONList.strings(Array(Set(words)))]).compactMap { row in
            guard let phrase = row.string(0), let other = row.string(1) else { return nil }
            return (QueryTerms.tokens(phrase), other)
        }
    }
}

private extension Array where Element == String {
    func containsSequence(_ sequence: [String]) -> Bool {
        guard let first = sequence.first, sequence.count <= count else { return false }
        return (0...(count - sequence.count)).contains { self[$0] == first && self[$0..<($0 + sequence.count)].elementsEqual(sequence) }
    }
}
