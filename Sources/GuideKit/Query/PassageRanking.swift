import Foundation

/// Scores every passage that matches a query, term at a time from the phrases' posting lists:
/// FTS5's bm25 exactly as its bm25() computes it (same idf, column weights and length
/// normalisation, phrases of an alternative counted only where all of them occur), times the
/// ranking policy (`SearchRanking.score`). FTS5 itself would call a function for every matching
/// passage and decode its positions; here each posting is touched once, so a query holding a word
/// found in most passages stays cheap however large the collection grows.
final class PassageRanking {
    /// FTS5's bm25 constants (https://sqlite.org/fts5.html#the_bm25_function).
    static let k1 = 1.2, b = 0.75

    let plan: RankingPlan
    /// Per passage id: bm25 summed so far (positive), and per phrase whether it occurs anywhere, in
    /// the heading, in the text (`stride` 64-bit words per passage). Heading and text bits are set
    /// only for phrases that count (their whole alternative occurs).
    private var sum: [Double]
    private var present: [UInt64], inHeading: [UInt64], inText: [UInt64]
    private let stride: Int
    /// Passages where some phrase counts, in the order first found.
    private var matched: [Int] = []

    /// `lengths` by passage id; `rows` is how many passages the index holds.
    init(plan: RankingPlan, matches: [PhraseMatches], lengths: [Int], rows: Int) {
        self.plan = plan
        let size = lengths.count
        stride = max((plan.phrases.count + 63) / 64, 1)
        sum = Array(repeating: 0, count: size)
        present = Array(repeating: 0, count: size * stride)
        inHeading = present
        inText = present
        let averageLength = Double(lengths.reduce(0, +)) / Double(max(rows, 1))

        for (p, phrase) in matches.enumerated() {
            let word = p >> 6, bit = UInt64(1) << UInt64(p & 63)
            for passage in phrase.passages where passage < size { present[passage * stride + word] |= bit }
        }
        var isMatched = [Bool](repeating: false, count: size)
        for (p, phrase) in matches.enumerated() {
            let holding = Double(phrase.passages.count)
            var idf = log((Double(rows) - holding + 0.5) / (holding + 0.5))
            if idf <= 0 { idf = 1e-6 }
            let word = p >> 6, bit = UInt64(1) << UInt64(p & 63)
            let together = plan.together[p]
            for (i, passage) in phrase.passages.enumerated() where passage < size {
                if together.count > 1, !together.allSatisfy({ present[passage * stride + ($0 >> 6)] & (1 << UInt64($0 & 63)) != 0 }) {
                    continue
                }
                let f = phrase.frequency[i], length = Double(lengths[passage])
                sum[passage] += idf * ((f * (Self.k1 + 1.0)) / (f + Self.k1 * (1 - Self.b + Self.b * length / averageLength)))
                if phrase.columns[i] & 1 != 0 { inHeading[passage * stride + word] |= bit }
                if phrase.columns[i] & 2 != 0 { inText[passage * stride + word] |= bit }
                if !isMatched[passage] {
                    isMatched[passage] = true
                    matched.append(passage)
                }
            }
        }
    }

    /// Passages the query matches, in the order first found.
    var matchedPassages: [Int] { matched }

    /// FTS5's bm25() of a passage (negative: better matches are more negative).
    func bm25(_ passage: Int) -> Double { -1.0 * sum[passage] }

    /// The `limit` best passages, best first (ties: lower id first).
    func best(_ limit: Int) -> [(passage: Int, score: Double)] {
        var best = BestScores(limit: limit)
        // No policy factor exceeds 1.25 × 1.5: a passage whose bm25 alone cannot reach the worst kept
        // score is skipped without working out its coverage.
        let bound = 1.25 * (1 + SearchRanking.headingBonus) * (1 + 1e-9)
        for passage in matched {
            if let worst = best.worstScore, sum[passage] * bound < worst { continue }
            best.insert(passage: passage, score: coverage(of: passage).score)
        }
        return best.sorted()
    }

    /// What `--explain` shows for a passage.
    func explanation(for passage: Int) -> SearchHit.Explanation {
        let covered = coverage(of: passage)
        var explanation = SearchHit.Explanation(bm25: bm25(passage), coverage: covered.coverage,
                                                headingCoverage: covered.headingCoverage, score: covered.score)
        for (w, word) in plan.analysis.words.enumerated() {
            if covered.heading[w] { explanation.matchedInHeading.append(word.searched) }
            if covered.text[w] { explanation.matchedInText.append(word.searched) }
            if !covered.heading[w] && !covered.text[w] { explanation.missing.append(word.searched) }
        }
        return explanation
    }

    /// Which words the passage holds in its heading and text (a word: all phrases of one of its
    /// alternatives in one column), the shares of the query's weight that makes, and the score.
    private func coverage(of passage: Int) -> (heading: [Bool], text: [Bool], coverage: Double, headingCoverage: Double, score: Double) {
        let base = passage * stride
        func holds(_ bits: [UInt64], _ alternative: [Int]) -> Bool {
            alternative.allSatisfy { bits[base + ($0 >> 6)] & (1 << UInt64($0 & 63)) != 0 }
        }
        let heading = plan.words.map { $0.alternatives.contains { holds(inHeading, $0) } }
        let text = plan.words.map { $0.alternatives.contains { holds(inText, $0) } }
        var groupAny = Set<Int>(), groupHeading = Set<Int>()
        for (w, word) in plan.words.enumerated() {
            if heading[w] { groupHeading.insert(word.group); groupAny.insert(word.group) }
            if text[w] { groupAny.insert(word.group) }
        }
        var covered = 0.0, inHeadingWeight = 0.0
        for word in plan.words {
            if groupAny.contains(word.group) { covered += word.weight }
            if groupHeading.contains(word.group) { inHeadingWeight += word.weight }
        }
        let coverage = covered / plan.totalWeight, headingCoverage = inHeadingWeight / plan.totalWeight
        return (heading, text, coverage, headingCoverage,
                SearchRanking.score(bm25: bm25(passage), coverage: coverage, headingCoverage: headingCoverage))
    }
}
