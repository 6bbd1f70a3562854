import Foundation

/// The best passages for a query, found without scoring every passage that holds a common word.
///
/// A query like "pasient … sengeliggende … lys og lyd" matches nearly every passage through the
/// stem of "pasient", yet such a word adds almost nothing to bm25 (its idf is near zero). So the
/// query is first run for the passages holding one of its rarer words, with the common words still
/// in the expression so they are counted where they occur: `(rare) AND (rare OR common)`. A passage
/// holding only common words cannot score more than an upper bound (each phrase at most idf × (k1 + 1),
/// coverage at most the common words' share). When the `limit`-th best recommendation found scores
/// above that bound, the answer is exact; otherwise the whole expression is run as before.
extension GuideIndex {
    /// A word is common when one of its phrases occurs in at least this share of all passages.
    static let commonWordShare = 0.125

    func rankedCandidates(_ analysis: QueryAnalysis, expression: String, limit: Int) throws -> [SearchRanking.Candidate] {
        let plan = PassageScorer.Plan(analysis)
        if let split = try commonWords(analysis, plan: plan) {
            scorer.plan = split.plan
            let found = try candidates(split.expression)
            let articles = SearchRanking.groupByArticle(found)
            if articles.count >= limit, articles[limit - 1].score > split.bound {
                scorer.plan = plan
                return found
            }
        }
        scorer.plan = plan
        return try candidates(expression)
    }

    private func candidates(_ expression: String) throws -> [SearchRanking.Candidate] {
        try db.rows("""
            SELECT best.id, p.article_id, best.score
            FROM (SELECT rowid AS id, \(PassageScorer.name)(passages_fts) AS score FROM passages_fts
                  WHERE passages_fts MATCH ? ORDER BY score DESC, rowid LIMIT ?) AS best
            JOIN passages p ON p.id = best.id
            """, [expression, SearchRanking.candidateLimit]).map {
            SearchRanking.Candidate(passageID: $0.int(0) ?? 0, articleID: $0.string(1) ?? "", score: $0.double(2) ?? 0)
        }
    }

    /// The pruned expression, its phrase layout and the bound on passages holding only common
    /// words; nil when every word (or none) is common.
    private func commonWords(_ analysis: QueryAnalysis, plan: PassageScorer.Plan)
        throws -> (expression: String, plan: PassageScorer.Plan, bound: Double)?
    {
        let rows = try passageCount()
        guard rows > 0, analysis.words.count > 1 else { return nil }
        let phrases = plan.phrasesByWord
        // Lower bounds of each canonical phrase's document count, from the vocabulary.
        var holding: [Int] = []
        for word in analysis.words {
            holding.append(try documents(word.searched))
            for alternative in word.alternatives {
                for stem in alternative { holding.append(try documents(NorwegianAnalyzer.stemTerm(stem))) }
            }
        }
        guard holding.count == plan.phraseCount else { return nil }
        var common = Set<Int>()
        for (w, wordPhrases) in phrases.enumerated()
        where wordPhrases.contains(where: { Double(holding[$0]) >= Self.commonWordShare * Double(rows) }) {
            common.insert(w)
        }
        // Words spelled alike count together: keep such a group wholly on one side.
        for (w, word) in plan.words.enumerated() where !common.contains(w) {
            for (v, other) in plan.words.enumerated() where other.group == word.group { common.remove(v) }
        }
        let rare = analysis.words.indices.filter { !common.contains($0) }
        guard !common.isEmpty, !rare.isEmpty else { return nil }

        var layout = plan
        layout.phraseMap = []
        var expressionPhrase = 0
        func place(_ words: [Int], canonical: Bool) {
            for w in words {
                for p in 0..<(1 + analysis.words[w].alternatives.reduce(0) { $0 + $1.count }) {
                    let canonicalPhrase = (phrases[w].first ?? 0) + p
                    layout.phraseMap.append(canonical ? canonicalPhrase : -1)
                    if canonical { layout.representatives[canonicalPhrase] = expressionPhrase }
                    expressionPhrase += 1
                }
            }
        }
        place(rare, canonical: true)
        place(rare, canonical: false)
        place(Array(common).sorted(), canonical: true)
        let rareExpression = rare.map { QueryAnalysis.expression(for: analysis.words[$0]) }.joined(separator: " OR ")
        let commonExpression = common.sorted().map { QueryAnalysis.expression(for: analysis.words[$0]) }.joined(separator: " OR ")
        let expression = "(\(rareExpression)) AND (\(rareExpression) OR \(commonExpression))"

        var bm25 = 0.0
        for w in common {
            for p in phrases[w] {
                let idf = log((Double(rows - holding[p]) + 0.5) / (Double(holding[p]) + 0.5))
                bm25 += (idf <= 0 ? 1e-6 : idf) * (PassageScorer.k1 + 1)
            }
        }
        let share = common.reduce(0) { $0 + plan.words[$1].weight } / plan.totalWeight
        let bound = SearchRanking.score(bm25: -bm25, coverage: share, headingCoverage: share)
        return (expression, layout, bound)
    }

    /// Passages holding `term` (an exact form or a stem term), 0 when the vocabulary lacks it.
    private func documents(_ term: String) throws -> Int {
        try db.firstRow("SELECT docs FROM vocabulary WHERE term = ?", [term])?.int(0) ?? 0
    }

    private func passageCount() throws -> Int {
        if let count = passageTotal { return count }
        let count = try db.firstRow("SELECT count(*) FROM passages")?.int(0) ?? 0
        passageTotal = count
        return count
    }
}
