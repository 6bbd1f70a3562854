/// How passages are ordered: one place for the ranking policy.
///
/// FTS5's bm25 (heading weighted above text) gives the base. It is multiplied by the share of the
/// query's words the passage holds (squared, so a passage answering the whole question beats one
/// that repeats a single word) and by a bonus for words in the heading (the recommendation's and
/// the part's title). Corrected words weigh less than typed ones. Ties break on article id and
/// passage id, so results are deterministic.
enum SearchRanking {
    /// How many bm25 candidates are re-ranked before grouping.
    static let candidateLimit = 400
    /// Weight of the heading bonus: a passage whose heading holds every query word scores 1.5×.
    static let headingBonus = 0.5
    /// A corrected word counts this much of a typed one, so exact matches rank above corrected ones.
    static let correctedWeight = 0.5

    struct Candidate {
        let passageID: Int
        let articleID: String
        let bm25: Double
        let text: String
        var explanation = SearchHit.Explanation()
        var score: Double { explanation.score }
    }

    /// Which passages hold a query word, in their heading and in their text (by passage id), as
    /// FTS5 itself matches it: the same alternatives as the search, no re-reading of passage text.
    struct WordMatches {
        var inHeading: Set<Int>
        var inText: Set<Int>
    }

    static func explain(_ candidate: Candidate, analysis: QueryAnalysis, matches: [WordMatches]) -> SearchHit.Explanation {
        var explanation = SearchHit.Explanation(bm25: candidate.bm25)
        for (word, match) in zip(analysis.words, matches) {
            let inHeading = match.inHeading.contains(candidate.passageID)
            let inText = match.inText.contains(candidate.passageID)
            if inHeading { explanation.matchedInHeading.append(word.searched) }
            if inText { explanation.matchedInText.append(word.searched) }
            if !inHeading && !inText { explanation.missing.append(word.searched) }
        }
        func weight(_ words: [String]) -> Double {
            analysis.words.filter { words.contains($0.searched) }.reduce(0) { $0 + ($1.corrected ? correctedWeight : 1) }
        }
        let total = max(weight(analysis.words.map(\.searched)), 1)
        explanation.coverage = weight(Array(Set(explanation.matchedInHeading + explanation.matchedInText))) / total
        explanation.headingCoverage = weight(explanation.matchedInHeading) / total
        // bm25() is negative: better matches are more negative.
        explanation.score = -candidate.bm25 * (0.25 + explanation.coverage * explanation.coverage)
            * (1 + headingBonus * explanation.headingCoverage)
        return explanation
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
