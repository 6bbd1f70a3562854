import Foundation

/// The best passages for a query, found without scoring every passage that holds a common word.
///
/// A query like "pasient … sengeliggende … lys og lyd" matches nearly every passage through the
/// stem of "pasient", yet such a phrase adds almost nothing to bm25 (its idf is near zero). So the
/// query is first run for the passages holding one of its rarer phrases, the whole expression still
/// evaluated so every phrase is counted where it occurs: `(rare phrases) AND (expression)`. A passage
/// holding only common phrases cannot score more than a bound (each common phrase at most
/// idf × (k1 + 1), coverage at most the share of words such phrases can match). When the `limit`-th
/// best recommendation found scores above that bound, the answer is the same as ranking every
/// passage; otherwise the whole expression is run as before.
extension GuideIndex {
    /// A phrase is common when it occurs in at least this share of all passages.
    static let commonPhraseShare = 0.2

    /// `pruning: false` ranks every matching passage (what the pruned ranking must equal).
    func rankedCandidates(_ analysis: QueryAnalysis, expression: String, limit: Int,
                          pruning: Bool = true) throws -> [SearchRanking.Candidate] {
        lastRankingPruned = false
        var plan = PassageScorer.Plan(analysis)
        let phrases = try phraseTerms(analysis)
        if phrases.count == plan.phraseCount {
            plan.documentCounts = phrases.map { $0.isPrefix ? nil : $0.holding }
        }
        if pruning, let split = try commonWords(analysis, plan: plan, phrases: phrases) {
            scorer.plan = split.plan
            let found = try candidates(split.expression)
            let articles = SearchRanking.groupByArticle(found)
            if articles.count >= limit, articles[limit - 1].score > split.bound {
                scorer.plan = plan
                lastRankingPruned = true
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
    /// phrases; nil when every phrase (or none) is common.
    /// Each canonical phrase as written in the expression, with the rows holding its term (for a
    /// prefix, those holding the whole word: a lower bound), in the order the expression writes them.
    private func phraseTerms(_ analysis: QueryAnalysis) throws -> [(term: String, holding: Int, isPrefix: Bool)] {
        var phrases: [(term: String, holding: Int, isPrefix: Bool)] = []
        for word in analysis.words {
            let exact = FTSExpression.exact(word.searched)
            phrases.append((exact, try documents(word.searched), exact.hasSuffix("*")))
            for alternative in word.alternatives {
                for stem in alternative {
                    let term = NorwegianAnalyzer.stemTerm(stem)
                    phrases.append((FTSExpression.quoted(term), try documents(term), false))
                }
            }
        }
        return phrases
    }

    private func commonWords(_ analysis: QueryAnalysis, plan: PassageScorer.Plan,
                             phrases: [(term: String, holding: Int, isPrefix: Bool)])
        throws -> (expression: String, plan: PassageScorer.Plan, bound: Double)?
    {
        let rows = passageCount
        guard rows > 0, let expression = analysis.expression, phrases.count == plan.phraseCount else { return nil }
        let isCommon = phrases.map { Double($0.holding) >= Self.commonPhraseShare * Double(rows) }
        let rare = phrases.indices.filter { !isCommon[$0] }
        guard !rare.isEmpty, rare.count < phrases.count else { return nil }

        // The rare phrases come first as copies to ignore; the canonical expression follows.
        var layout = plan
        layout.phraseMap = Array(repeating: -1, count: rare.count) + Array(0..<plan.phraseCount)
        layout.representatives = Array(rare.count..<(rare.count + plan.phraseCount))
        let pruned = "(" + rare.map { phrases[$0].term }.joined(separator: " OR ") + ") AND (" + expression + ")"

        var bm25 = 0.0
        for p in phrases.indices where isCommon[p] {
            let idf = log((Double(rows - phrases[p].holding) + 0.5) / (Double(phrases[p].holding) + 0.5))
            bm25 += (idf <= 0 ? 1e-6 : idf) * (PassageScorer.k1 + 1)
        }
        // Words that common phrases alone can match (one whole alternative of common phrases), by spelling group.
        var groups = Set<Int>()
        for word in plan.words where word.alternatives.contains(where: { $0.allSatisfy { isCommon[$0] } }) {
            groups.insert(word.group)
        }
        let share = plan.words.filter { groups.contains($0.group) }.reduce(0) { $0 + $1.weight } / plan.totalWeight
        let bound = SearchRanking.score(bm25: -bm25, coverage: share, headingCoverage: share)
        return (pruned, layout, bound)
    }

    /// Passages holding `term` (an exact form or a stem term), 0 when the vocabulary lacks it.
    private func documents(_ term: String) throws -> Int {
        try db.firstRow("SELECT docs FROM vocabulary WHERE term = ?", [term])?.int(0) ?? 0
    }
}
