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
        let articles = try passageArticles()
        // A passage the array does not cover (none in an index of this schema) stands alone.
        let article = { (passage: Int) in passage < articles.count ? articles[passage] : -1 - passage }
        guard let keep else {
            return (SearchRanking.bestPerArticle(best, limit: limit, article: article), ranking)
        }
        let candidates = best.map { SearchRanking.Candidate(passageID: $0.passage, article: article($0.passage), score: $0.score) }
        return (Array(SearchRanking.groupByArticle(try keep(candidates)).prefix(limit)), ranking)
    }

    /// Every passage's article as its place in id order (`passage_articles`), indexed by passage id;
    /// read once per connection, like the passages' lengths.
    func passageArticles() throws -> [Int] {
        if let articles = cachedPassageArticles { return articles }
        var articles: [Int] = []
        try db.forEachRow("SELECT data FROM passage_articles WHERE id = 0") { articles = PassageValues.decode($0.blob(0)) }
        cachedPassageArticles = articles
        return articles
    }
}
