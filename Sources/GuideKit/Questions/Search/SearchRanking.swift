/// How passages are ordered: the one place for the ranking policy and its weights.
///
/// FTS5's bm25 (heading weighted above text: `headingWeight`, `textWeight`) gives the base. It is
/// multiplied by the share of the query's words the passage holds (squared, so a passage answering
/// the whole question beats one that repeats a single word, plus `coverageFloor`) and by a bonus
/// for words in the heading (the recommendation's and the part's title: `headingBonus`). Corrected
/// words weigh `correctedWeight` of typed ones, the guidelines' terms for a lay phrase of the query
/// (the concept lexicon) `conceptWeight`. Ties break on article id and passage id, so results
/// are deterministic. `score` is the formula; `--explain` shows these constants.
enum SearchRanking {
    /// How many of the best passages are grouped into one hit per recommendation.
    static let candidateLimit = 400
    /// Column weights for bm25 (FTS5's phrase frequency): a heading occurrence counts this many text ones.
    static let headingWeight = 4.0
    static let textWeight = 1.0
    /// What a passage keeps of its bm25 however small its share of the query's words.
    static let coverageFloor = 0.25
    /// Weight of the heading bonus: a passage whose heading holds every query word scores 1 + this times more.
    static let headingBonus = 0.5
    /// A corrected word counts this much of a typed one, so exact matches rank above corrected ones.
    static let correctedWeight = 0.5
    /// A concept's terms, searched for a lay phrase of the query, count this much of a typed word, so
    /// a passage holding the words typed ranks above one holding only the concept's terms.
    static let conceptWeight = 0.5

    /// What a word of the query counts for in its coverage: 1 typed, less corrected or a concept's.
    static func weight(of word: QueryAnalysis.Word) -> Double {
        word.isConcept ? conceptWeight : word.corrected ? correctedWeight : 1
    }

    struct Candidate {
        let passageID: Int
        /// The passage's article as its place in id order (`IndexStore.passageArticles`).
        let article: Int
        let score: Double
    }

    /// The score of a passage with this bm25 (negative: better matches are more negative), share of
    /// the query's words and share in its heading (`PassageRanking` computes both per passage).
    static func score(bm25: Double, coverage: Double, headingCoverage: Double) -> Double {
        -bm25 * (coverageFloor + coverage * coverage) * (1 + headingBonus * headingCoverage)
    }

    /// The least and the most `score` multiplies −bm25 by (no coverage; every word, in the heading too).
    static let smallestFactor = coverageFloor
    static let largestFactor = (coverageFloor + 1) * (1 + headingBonus)

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
