import Foundation

/// `SearchRanking`'s score computed inside FTS5, once per matching row, so one query returns the
/// best passages in their final order: bm25 exactly as FTS5's bm25() computes it (same phrase
/// frequencies, column weights, idf and length normalisation), times the query coverage and the
/// heading bonus from where each word's alternatives occur in the row. Registered on the
/// connection as `guide_score(passages_fts)`; `plan` describes the current query's expression.
final class PassageScorer: FTS5AuxiliaryFunction {
    static let name = "guide_score"
    /// FTS5's bm25 constants (https://sqlite.org/fts5.html#the_bm25_function).
    private static let k1 = 1.2, b = 0.75

    /// Which phrases of the MATCH expression belong to which query word (see `QueryAnalysis.expression`).
    struct Plan {
        struct Word {
            /// An alternative matches in a column when all its phrases occur there.
            var alternatives: [[Int]]
            var weight: Double
            /// Words searched with the same spelling share a group: matching one counts for all (as `SearchRanking.explain`).
            var group: Int
        }
        var words: [Word]
        var phraseCount: Int
        var totalWeight: Double
        let analysis: QueryAnalysis

        init(_ analysis: QueryAnalysis) {
            self.analysis = analysis
            var phrase = 0
            var groups: [String: Int] = [:]
            words = analysis.words.map { word in
                var alternatives = [[phrase]]  // the exact form
                phrase += 1
                for alternative in word.alternatives {
                    alternatives.append(Array(phrase..<(phrase + alternative.count)))
                    phrase += alternative.count
                }
                let group = groups[word.searched] ?? groups.count
                groups[word.searched] = group
                return Word(alternatives: alternatives, weight: word.corrected ? SearchRanking.correctedWeight : 1, group: group)
            }
            phraseCount = phrase
            totalWeight = max(words.reduce(0) { $0 + $1.weight }, 1)
        }
    }

    var plan: Plan?
    /// When set, the explanation of each row scored is kept in `lastExplanation` (for the hits shown).
    var recording = false
    private(set) var lastExplanation: SearchHit.Explanation?

    /// Per query: idf per phrase, average row length, and scratch space reused row after row.
    private final class QueryState {
        var idf: [Double] = []
        var averageLength = 1.0
        var frequency: [Double] = []
        var columns: [UInt8] = []
        var inHeading: [Bool] = []
        var inText: [Bool] = []
        var groupAny: [Bool] = []
        var groupHeading: [Bool] = []
    }

    func value(for row: FTS5Row) -> Double {
        let state = (row.queryState as? QueryState) ?? prepare(row)
        let phrases = state.idf.count
        for i in 0..<phrases { state.frequency[i] = 0; state.columns[i] = 0 }
        row.forEachInstance { phrase, column in
            guard phrase < phrases else { return }
            state.frequency[phrase] += column == 0 ? IndexSchema.headingWeight : IndexSchema.textWeight
            state.columns[phrase] |= column == 0 ? 1 : 2
        }
        let length = Double(row.tokenCount)
        var sum = 0.0
        for i in 0..<phrases {
            let f = state.frequency[i]
            sum += state.idf[i] * ((f * (Self.k1 + 1.0)) / (f + Self.k1 * (1 - Self.b + Self.b * length / state.averageLength)))
        }
        let bm25 = -1.0 * sum
        guard let plan, plan.phraseCount == phrases else { return -bm25 }
        return score(bm25: bm25, plan: plan, state: state)
    }

    private func score(bm25: Double, plan: Plan, state: QueryState) -> Double {
        for g in state.groupAny.indices { state.groupAny[g] = false; state.groupHeading[g] = false }
        for (w, word) in plan.words.enumerated() {
            state.inHeading[w] = word.alternatives.contains { $0.allSatisfy { state.columns[$0] & 1 != 0 } }
            state.inText[w] = word.alternatives.contains { $0.allSatisfy { state.columns[$0] & 2 != 0 } }
            if state.inHeading[w] { state.groupHeading[word.group] = true; state.groupAny[word.group] = true }
            if state.inText[w] { state.groupAny[word.group] = true }
        }
        var covered = 0.0, inHeading = 0.0
        for word in plan.words {
            if state.groupAny[word.group] { covered += word.weight }
            if state.groupHeading[word.group] { inHeading += word.weight }
        }
        let coverage = covered / plan.totalWeight, headingCoverage = inHeading / plan.totalWeight
        let score = SearchRanking.score(bm25: bm25, coverage: coverage, headingCoverage: headingCoverage)
        if recording {
            var explanation = SearchHit.Explanation(bm25: bm25, coverage: coverage, headingCoverage: headingCoverage, score: score)
            for (w, word) in plan.analysis.words.enumerated() {
                if state.inHeading[w] { explanation.matchedInHeading.append(word.searched) }
                if state.inText[w] { explanation.matchedInText.append(word.searched) }
                if !state.inHeading[w] && !state.inText[w] { explanation.missing.append(word.searched) }
            }
            lastExplanation = explanation
        }
        return score
    }

    private func prepare(_ row: FTS5Row) -> QueryState {
        let state = QueryState()
        let rows = row.rowCount
        state.averageLength = Double(row.totalTokenCount) / Double(max(rows, 1))
        state.idf = (0..<row.phraseCount).map { phrase in
            let holding = row.rowsHolding(phrase: phrase)
            let idf = log((Double(rows - holding) + 0.5) / (Double(holding) + 0.5))
            return idf <= 0 ? 1e-6 : idf
        }
        state.frequency = Array(repeating: 0, count: state.idf.count)
        state.columns = Array(repeating: 0, count: state.idf.count)
        let words = plan?.words.count ?? 0
        state.inHeading = Array(repeating: false, count: words)
        state.inText = Array(repeating: false, count: words)
        state.groupAny = Array(repeating: false, count: words)
        state.groupHeading = Array(repeating: false, count: words)
        row.setQueryState(state)
        return state
    }
}
