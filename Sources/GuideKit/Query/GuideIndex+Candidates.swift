/// The best passages for a query, scored from the index's posting lists (`PassageRanking`).
extension GuideIndex {
    /// The `SearchRanking.candidateLimit` best passages with their recommendation, best first, and
    /// the ranking that scored them (for explanations).
    func rankedCandidates(_ analysis: QueryAnalysis) throws -> (candidates: [SearchRanking.Candidate], ranking: PassageRanking) {
        let plan = RankingPlan(analysis)
        let ranking = PassageRanking(plan: plan, matches: try matches(for: plan.phrases), lengths: try passageLengths(),
                                     rows: passageCount)
        let best = ranking.best(SearchRanking.candidateLimit)
        let ids = "[" + best.map { String($0.passage) }.joined(separator: ",") + "]"
        var articles: [Int: String] = [:]
        for row in try db.rows("SELECT id, article_id FROM passages WHERE id IN (SELECT value FROM json_each(?))", [ids]) {
            if let id = row.int(0), let article = row.string(1) { articles[id] = article }
        }
        let candidates = best.compactMap { scored in
            articles[scored.passage].map { SearchRanking.Candidate(passageID: scored.passage, articleID: $0, score: scored.score) }
        }
        return (candidates, ranking)
    }
}
