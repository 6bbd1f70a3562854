/// The best passages for a query, scored from the index's posting lists (`PassageRanking`).
extension GuideIndex {
    /// The best passage of each of the `limit` best recommendations, best first, and the ranking that
    /// scored them (for snippets and explanations). `keep` (a filter) sees the
    /// `SearchRanking.candidateLimit` best passages; without one, recommendations are looked up only
    /// as far as the list needs.
    func rankedCandidates(_ analysis: QueryAnalysis, limit: Int,
                          keep: (([SearchRanking.Candidate]) throws -> [SearchRanking.Candidate])? = nil)
        throws -> (candidates: [SearchRanking.Candidate], ranking: PassageRanking) {
        let plan = RankingPlan(analysis)
        let lengths = try passageLengths()
        let ranking = PassageRanking(plan: plan, matches: try matches(for: plan.phrases), lengths: lengths.byID,
                                     averageLength: lengths.average, rows: passageCount)
        let best = ranking.best(SearchRanking.candidateLimit)
        guard let keep else {
            return (try SearchRanking.bestPerArticle(best, limit: limit) { try self.articleID(ofPassage: $0) }, ranking)
        }
        let candidates = try best.map {
            SearchRanking.Candidate(passageID: $0.passage, articleID: try articleID(ofPassage: $0.passage), score: $0.score)
        }
        return (Array(SearchRanking.groupByArticle(try keep(candidates)).prefix(limit)), ranking)
    }

    private func articleID(ofPassage id: Int) throws -> String {
        try db.first("SELECT article_id FROM passages WHERE id = ?", [id]) { $0.string(0) ?? "" } ?? ""
    }
}
