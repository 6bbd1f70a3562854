/// `guide search`: query analysis → passages scored from the posting lists (`PassageRanking`) →
/// one hit per recommendation, with a snippet of each (`SnippetMaker`); filtered when asked
/// (`SearchFilter`).
public struct SearchQuestion: Question, Sendable, Hashable {
    public var query: String
    public var limit: Int
    /// Each hit says how its score was made (`SearchHit.Explanation`).
    public var explain: Bool
    public var filter: SearchFilter

    public init(_ query: String, limit: Int = 10, explain: Bool = false, filter: SearchFilter = SearchFilter()) {
        self.query = query
        self.limit = limit
        self.explain = explain
        self.filter = filter
    }

    /// An unknown `filter.role` throws `RoleQueryError.unknownRole`.
    public func answer(in store: IndexStore) throws -> SearchResults {
        guard !filter.isEmpty else { return try answer(in: store, keep: nil, annotate: nil) }
        let role = try filter.role.map { try RoleResolver(store: store).resolve($0) }
        let filter = self.filter
        return try answer(in: store, keep: { candidates in
            try filter.kept(candidates, role: role, in: store)
        }, annotate: filter.obligationsOnly ? { hit in try SearchFilter.withObligations(hit, in: store) } : nil)
    }

    /// `keep` filters the scored candidates and `annotate` completes each hit.
    private func answer(in store: IndexStore, keep: (([SearchRanking.Candidate]) throws -> [SearchRanking.Candidate])?,
                        annotate: ((SearchHit) throws -> SearchHit)?) throws -> SearchResults {
        let analysis = try QueryAnalyzer(store: store).analyze(query)
        guard !analysis.isEmpty, limit > 0 else {
            return SearchResults(query: query, analysis: analysis, results: [])
        }
        let (best, ranking) = try Self.rankedCandidates(analysis, limit: limit, in: store, keep: keep)
        // Completed in place: a hit is a large value, and copying each costs more than building it.
        var hits = try Self.hits(for: best, ranking: ranking, in: store)
        if explain {
            for index in hits.indices { hits[index].explanation = ranking.explanation(for: hits[index].section.id, text: hits[index].section.text) }
        }
        if let annotate { hits = try hits.map(annotate) }
        return SearchResults(query: query, analysis: analysis, results: hits)
    }

    /// The best passage of each of the `limit` best recommendations, best first, and the ranking that
    /// scored them (for snippets and explanations). `keep` (a filter) sees the
    /// `SearchRanking.candidateLimit` best passages; without one, recommendations are looked up only
    /// as far as the list needs.
    static func rankedCandidates(_ analysis: QueryAnalysis, limit: Int, in store: IndexStore,
                                 keep: (([SearchRanking.Candidate]) throws -> [SearchRanking.Candidate])? = nil)
        throws -> (candidates: [SearchRanking.Candidate], ranking: PassageRanking) {
        let plan = RankingPlan(analysis)
        let lengths = try store.passageLengths()
        let ranking = PassageRanking(plan: plan, matches: try PhraseMatches.read(plan.phrases, from: store), lengths: lengths.byID,
                                     averageLength: lengths.average, rows: store.passageCount)
        let best = ranking.best(SearchRanking.candidateLimit)
        let articles = try store.passageArticles()
        // A passage the array does not cover (none in an index of this schema) stands alone.
        let article = { (passage: Int) in passage < articles.count ? articles[passage] : -1 - passage }
        guard let keep else {
            return (SearchRanking.bestPerArticle(best, limit: limit, article: article), ranking)
        }
        let candidates = best.map { SearchRanking.Candidate(passageID: $0.passage, article: article($0.passage), score: $0.score) }
        return (Array(SearchRanking.groupByArticle(try keep(candidates)).prefix(limit)), ranking)
    }

    /// The hits for the candidates, in their order, their passages read with one statement and their
    /// articles' legal references with another.
    private static func hits(for candidates: [SearchRanking.Candidate], ranking: PassageRanking, in store: IndexStore) throws -> [SearchHit] {
        let records = try store.passageHits(ids: candidates.map(\.passageID))
        let found = candidates.compactMap { candidate in records[candidate.passageID].map { (candidate, $0) } }
        let references = try store.legalReferences(articleIDs: found.map(\.1.articleID))
        var hits: [SearchHit] = []
        for ((candidate, record), references) in zip(found, references) {
            guard let guideline = try store.guideline(id: record.guidelineID) else { continue }
            hits.append(SearchHit(
                rank: hits.count + 1,
                score: (candidate.score * 1000).rounded() / 1000,
                guideline: GuidelineSummary(guideline),
                chapter: ChapterSummary(number: record.chapterNumber, title: record.chapterTitle),
                recommendation: ArticleSummary(id: record.articleID, title: record.articleTitle, kind: record.articleKind),
                section: SearchHit.Passage(id: candidate.passageID, title: record.sectionTitle, kind: record.kind, text: record.text),
                snippet: SnippetMaker(phrases: ranking.textPhrases(of: candidate.passageID)).snippet(of: record.text),
                source: SourceReference(path: record.sourcePath, url: record.articleURL ?? guideline.url,
                                        lines: [record.firstLine, record.lastLine]),
                legalReferences: references.map(LegalReferenceSummary.init),
                explanation: nil))
        }
        return hits
    }
}
