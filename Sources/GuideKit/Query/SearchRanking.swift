/// How passages are ordered: one place for the ranking policy.
///
/// FTS5's bm25 (heading weighted above text) gives the base. It is multiplied by the share of the
/// query's words the passage holds (squared, so a passage answering the whole question beats one
/// that repeats a single word) and by a bonus for words in the heading (the recommendation's and
/// the part's title). Corrected words weigh less than typed ones. Ties break on article id and
/// passage id, so results are deterministic.
enum SearchRanking {
    /// How many of the best passages are grouped into one hit per recommendation.
    static let candidateLimit = 400
    /// Weight of the heading bonus: a passage whose heading holds every query word scores 1.5×.
    static let headingBonus = 0.5
    /// A corrected word counts this much of a typed one, so exact matches rank above corrected ones.
    static let correctedWeight = 0.5

    struct Candidate {
        let passageID: Int
        /// The passage's article as its place in id order (`GuideIndex.passageArticles`).
        let article: Int
        let score: Double
    }

    /// The score of a passage with this bm25 (negative: better matches are more negative), share of
    /// the query's words and share in its heading (`PassageRanking` computes both per passage).
    static func score(bm25: Double, coverage: Double, headingCoverage: Double) -> Double {
        -bm25 * (0.25 + coverage * coverage) * (1 + headingBonus * headingCoverage)
    }

    /// `groupByArticle(candidates).prefix(limit)` for passages already ordered best first (ties: lower
    /// id first), going only as far as the list needs: to the end of the run of equal scores in which
    /// the `limit`-th article is found.
    static func bestPerArticle(_ passages: [(passage: Int, score: Double)], limit: Int,
                               article: (Int) -> Int) -> [Candidate] {
        var result: [Candidate] = []
        var seen = Set<Int>()
        var start = passages.startIndex
        while start < passages.endIndex, result.count < limit {
            let score = passages[start].score
            let end = passages[start...].firstIndex { $0.score != score } ?? passages.endIndex
            let run = passages[start..<end].map { Candidate(passageID: $0.passage, article: article($0.passage), score: $0.score) }
            // A run is mostly one passage, which needs no grouping (a sort and a set each time).
            result += (run.count == 1 ? run : groupByArticle(run)).filter { seen.insert($0.article).inserted }
            start = end
        }
        return Array(result.prefix(limit))
    }

    /// Best passage per article, best first.
    static func groupByArticle(_ candidates: [Candidate]) -> [Candidate] {
        let sorted = candidates.sorted {
            ($0.score, $1.article, $1.passageID) > ($1.score, $0.article, $0.passageID)
        }
        var seen = Set<Int>()
        return sorted.filter { seen.insert($0.article).inserted }
    }
}
