/// How passages are ordered: one place for the ranking policy.
///
/// FTS5's bm25 (heading weighted above text) gives the base score; it is multiplied by how many of
/// the query's words the passage holds, so a passage answering the whole question beats one that
/// repeats a single word. Ties break on article id and passage id, so results are deterministic.
enum SearchRanking {
    /// How many bm25 candidates are re-ranked before grouping.
    static let candidateLimit = 400

    struct Candidate {
        let passageID: Int
        let articleID: String
        let bm25: Double
        let heading: String
        let text: String
        let snippet: String
        var score = 0.0
    }

    static func score(_ candidate: Candidate, analysis: QueryAnalysis) -> Double {
        let words = Set(QueryTerms.tokens(candidate.heading + " " + candidate.text))
        let stems = Set(words.map(NorwegianAnalyzer.stem))
        let matched = analysis.words.filter { analysis.passage(words: words, stems: stems, matches: $0) }.count
        let coverage = Double(matched) / Double(max(analysis.words.count, 1))
        // bm25() is negative, better matches more negative.
        return -candidate.bm25 * (0.25 + coverage * coverage)
    }

    /// Best passage per article, best first.
    static func groupByArticle(_ candidates: [Candidate]) -> [Candidate] {
        let sorted = candidates.sorted {
            ($0.score, $1.articleID, $1.passageID) > ($1.score, $0.articleID, $0.passageID)
        }
        var seen = Set<String>()
        return sorted.filter { seen.insert($0.articleID).inserted }
    }
}
