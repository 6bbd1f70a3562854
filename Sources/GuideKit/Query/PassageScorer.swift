import Foundation

/// `SearchRanking`'s score computed inside FTS5, once per matching row, so one query returns the
/// best passages in their final order: bm25 exactly as FTS5's bm25() computes it (same phrase
/// frequencies, column weights, idf and length normalisation), times the query coverage and the
/// heading bonus from where each word's alternatives occur in the row. Registered on the
/// connection as `guide_score(passages_fts)`; `plan` describes the current query's expression.
final class PassageScorer: FTS5AuxiliaryFunction {
    static let name = "guide_score"
    /// FTS5's bm25 constants (https://sqlite.org/fts5.html#the_bm25_function).
    static let k1 = 1.2, b = 0.75

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
        /// Phrases of the canonical expression (`QueryAnalysis.expression`), numbered word by word.
        var phraseCount: Int
        var totalWeight: Double
        let analysis: QueryAnalysis
        /// The canonical expression, which identifies the query.
        let expression: String?
        /// For each phrase of the expression actually run, its canonical number, or -1 for a copy
        /// to ignore (see `QueryAnalysis.prunedExpression`); and for each canonical phrase, one
        /// expression phrase that stands for it. Identity for the canonical expression.
        var phraseMap: [Int]
        var representatives: [Int]
        /// Rows holding each canonical phrase, where the index's vocabulary already says (single
        /// terms, not prefixes): the same count FTS5 would find by scanning the phrase's rows.
        var documentCounts: [Int?] = []

        init(_ analysis: QueryAnalysis) {
            self.analysis = analysis
            expression = analysis.expression
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
            phraseMap = Array(0..<phrase)
            representatives = phraseMap
        }

        /// The canonical phrases of each word, in order.
        var phrasesByWord: [[Int]] { words.map { Array(Set($0.alternatives.joined())).sorted() } }
    }

    /// The current query's plan. Setting a plan for another query forgets the collection statistics.
    var plan: Plan? {
        didSet {
            if oldValue?.expression != plan?.expression { collectionStatistics = nil }
        }
    }
    /// idf per phrase and the average row length, kept from the plan's first query: the snippet
    /// queries for the hits shown reuse them instead of scanning every phrase's rows again.
    private var collectionStatistics: (idf: [Double], averageLength: Double)?
    /// When set, the explanation of each row scored is kept in `lastExplanation` (for the hits shown).
    var recording = false
    private(set) var lastExplanation: SearchHit.Explanation?

    /// Per query: idf per phrase, average row length, and scratch space reused row after row.
    /// Scratch space is raw memory: it is touched for every phrase of every matching row.
    private final class QueryState {
        let idf: UnsafeMutableBufferPointer<Double>
        var averageLength = 1.0
        let frequency: UnsafeMutableBufferPointer<Double>
        let columns: UnsafeMutableBufferPointer<UInt8>
        let inHeading: UnsafeMutableBufferPointer<Bool>
        let inText: UnsafeMutableBufferPointer<Bool>
        let groupAny: UnsafeMutableBufferPointer<Bool>
        let groupHeading: UnsafeMutableBufferPointer<Bool>
        let phraseMap: UnsafeMutableBufferPointer<Int>
        /// False when the expression run is not the one the plan describes: plain bm25 then.
        var planFits = false

        init(phrases: Int, words: Int, map: [Int]) {
            phraseMap = .allocate(capacity: map.count)
            _ = phraseMap.initialize(from: map)
            idf = .allocate(capacity: phrases)
            idf.initialize(repeating: 0)
            frequency = .allocate(capacity: phrases)
            frequency.initialize(repeating: 0)
            columns = .allocate(capacity: phrases)
            columns.initialize(repeating: 0)
            inHeading = .allocate(capacity: words)
            inHeading.initialize(repeating: false)
            inText = .allocate(capacity: words)
            inText.initialize(repeating: false)
            groupAny = .allocate(capacity: words)
            groupAny.initialize(repeating: false)
            groupHeading = .allocate(capacity: words)
            groupHeading.initialize(repeating: false)
        }

        deinit {
            for buffer in [idf, frequency] { buffer.deallocate() }
            columns.deallocate()
            phraseMap.deallocate()
            for buffer in [inHeading, inText, groupAny, groupHeading] { buffer.deallocate() }
        }
    }

    func value(for row: FTS5Row) -> Double {
        let state = (row.queryState as? QueryState) ?? prepare(row)
        let phrases = state.idf.count
        let frequency = state.frequency, columns = state.columns, map = state.phraseMap
        for i in 0..<phrases { frequency[i] = 0; columns[i] = 0 }
        row.forEachInstance { phrase, column in
            guard phrase < map.count else { return }
            let canonical = map[phrase]
            guard canonical >= 0 else { return }
            frequency[canonical] += column == 0 ? IndexSchema.headingWeight : IndexSchema.textWeight
            columns[canonical] |= column == 0 ? 1 : 2
        }
        let length = Double(row.tokenCount)
        var sum = 0.0
        for i in 0..<phrases {
            let f = frequency[i]
            sum += state.idf[i] * ((f * (Self.k1 + 1.0)) / (f + Self.k1 * (1 - Self.b + Self.b * length / state.averageLength)))
        }
        let bm25 = -1.0 * sum
        guard let plan, state.planFits else { return -bm25 }
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
        let expressionPhrases = row.phraseCount
        let fits = plan.map { $0.phraseMap.count == expressionPhrases } ?? false
        let canonical = fits ? plan?.phraseCount ?? 0 : expressionPhrases
        let representatives = fits ? plan?.representatives ?? [] : Array(0..<expressionPhrases)
        let state = QueryState(phrases: canonical, words: plan?.words.count ?? 0,
                               map: fits ? plan?.phraseMap ?? [] : Array(0..<expressionPhrases))
        state.planFits = fits
        if fits, let statistics = collectionStatistics, statistics.idf.count == canonical {
            _ = state.idf.initialize(from: statistics.idf)
            state.averageLength = statistics.averageLength
        } else {
            let rows = row.rowCount
            state.averageLength = Double(row.totalTokenCount) / Double(max(rows, 1))
            for phrase in 0..<canonical {
                let known = fits && phrase < (plan?.documentCounts.count ?? 0) ? plan?.documentCounts[phrase] : nil
                let holding = known ?? row.rowsHolding(phrase: representatives[phrase])
                let idf = log((Double(rows - holding) + 0.5) / (Double(holding) + 0.5))
                state.idf[phrase] = idf <= 0 ? 1e-6 : idf
            }
            if fits { collectionStatistics = (Array(state.idf), state.averageLength) }
        }
        row.setQueryState(state)
        return state
    }
}
