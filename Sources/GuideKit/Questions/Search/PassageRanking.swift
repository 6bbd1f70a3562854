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
    /// Per passage id: bm25 summed so far (positive), and per phrase whether it occurs anywhere (for
    /// phrases of an alternative of several), in the heading, in the text (`stride` 64-bit words per passage). Heading and text bits are set
    /// only for phrases that count (their whole alternative occurs). Raw memory: every posting of
    /// every phrase touches it.
    private let sum: UnsafeMutableBufferPointer<Double>
    private let present: UnsafeMutableBufferPointer<UInt64>, inHeading: UnsafeMutableBufferPointer<UInt64>,
                inText: UnsafeMutableBufferPointer<UInt64>
    private let stride: Int
    /// Passages where some phrase counts, in the order first found.
    private(set) var matchedPassages: [Int] = []
    /// Which bits say a passage holds each word (`CoverageMasks`).
    private let masks: CoverageMasks
    /// How much each word in a passage's heading tells (`HeadingShares`).
    private var shares: HeadingShares

    /// `lengths` by passage id, their average as FTS5 computes it; `rows` is how many passages the
    /// index holds; `articles` and `guidelines` place each passage in its guideline (`HeadingShares`;
    /// empty: every heading word weighs 1).
    init(plan: RankingPlan, matches: [PhraseMatches], lengths: [Int], averageLength: Double, rows: Int,
         articles: [Int] = [], guidelines: [Int] = []) {
        self.plan = plan
        let size = lengths.count
        let stride = max((plan.phrases.count + 63) / 64, 1)
        self.stride = stride
        sum = .allocate(capacity: size)
        sum.initialize(repeating: 0)
        present = .allocate(capacity: size * stride)
        present.initialize(repeating: 0)
        inHeading = .allocate(capacity: size * stride)
        inHeading.initialize(repeating: 0)
        inText = .allocate(capacity: size * stride)
        inText.initialize(repeating: 0)
        let weighed = plan.reweighed(by: Self.conceptFactors(plan, matches: matches))
        masks = CoverageMasks(plan.words.count >= SearchRanking.longQueryWords
                              ? weighed.reweighed(by: Self.informativeness(plan, matches: matches, rows: rows)) : weighed)
        shares = HeadingShares(words: plan.words.count, articles: articles, guidelines: guidelines, lengths: lengths)

        // Only phrases of an alternative of several need their occurrences known before scoring.
        for (p, phrase) in matches.enumerated() where plan.together[p].count > 1 {
            let word = p >> 6, bit = UInt64(1) << UInt64(p & 63)
            for entry in phrase.entries where entry.passage < size { present[entry.passage * stride + word] |= bit }
        }
        var isMatched = [Bool](repeating: false, count: size)
        for (p, phrase) in matches.enumerated() {
            let holding = Double(phrase.entries.count)
            var idf = log((Double(rows) - holding + 0.5) / (holding + 0.5))
            if idf <= 0 { idf = 1e-6 }
            let word = p >> 6, bit = UInt64(1) << UInt64(p & 63)
            let needs = plan.together[p].count > 1 ? CoverageMasks.masks(plan.together[p]) : []
            phrase.entries.withUnsafeBufferPointer { entries in
                for entry in entries where entry.passage < size {
                    let passage = entry.passage, base = passage * stride
                    if !needs.isEmpty, !needs.allSatisfy({ present[base + $0.word] & $0.mask == $0.mask }) { continue }
                    let f = entry.frequency, length = Double(lengths[passage])
                    sum[passage] += idf * ((f * (Self.k1 + 1.0)) / (f + Self.k1 * (1 - Self.b + Self.b * length / averageLength)))
                    if entry.columns & 1 != 0 { inHeading[base + word] |= bit }
                    if entry.columns & 2 != 0 { inText[base + word] |= bit }
                    if !isMatched[passage] {
                        isMatched[passage] = true
                        matchedPassages.append(passage)
                    }
                }
            }
        }
        for passage in matchedPassages {
            for w in plan.words.indices where masks.holds(w, in: inHeading, base: passage * stride) { shares.add(word: w, passage: passage) }
        }
    }

    /// Per word, what its weight in coverage is multiplied by: a concept whose lay words no passage
    /// holds ("moren": the guidelines say "pårørende") counts as the words typed, 1 / its weight;
    /// the lay words then tell no passage from another, and the guidelines' term is what was meant.
    static func conceptFactors(_ plan: RankingPlan, matches: [PhraseMatches]) -> [Double] {
        let words = plan.analysis.words
        let absent = plan.words.map { word in
            word.alternatives.allSatisfy { alternative in alternative.contains { $0 < matches.count && matches[$0].entries.isEmpty } }
        }
        return words.indices.map { w in
            guard let lay = words[w].concept else { return 1 }
            let tokens = Set(QueryTerms.tokens(lay))
            let typed = words.indices.filter { !words[$0].isConcept && tokens.contains(words[$0].typed) }
            guard !typed.isEmpty, typed.allSatisfy({ absent[$0] }) else { return 1 }
            return 1 / SearchRanking.conceptWeight
        }
    }

    /// Per word of a long query, what it counts for in coverage (`SearchRanking.informativeness`)
    /// by how many passages hold it: its broadest alternative, an alternative of several stems by
    /// its rarest.
    static func informativeness(_ plan: RankingPlan, matches: [PhraseMatches], rows: Int) -> [Double] {
        plan.words.map { word in
            let holding = word.alternatives.map { alternative in
                alternative.map { $0 < matches.count ? matches[$0].entries.count : 0 }.min() ?? 0
            }.max() ?? 0
            return SearchRanking.informativeness(holding: holding, rows: rows)
        }
    }

    deinit {
        sum.deallocate()
        for bits in [present, inHeading, inText] { bits.deallocate() }
    }

    /// FTS5's bm25() of a passage (negative: better matches are more negative).
    func bm25(_ passage: Int) -> Double { -1.0 * sum[passage] }

    /// The `limit` best passages, best first (ties: lower id first).
    func best(_ limit: Int) -> [(passage: Int, score: Double)] {
        var best = BestScores(limit: limit)
        // The policy multiplies bm25 by `SearchRanking.smallestFactor` at least and `largestFactor` at
        // most: a passage whose bm25 is below smallest / largest of the limit-th best bm25 cannot make
        // the list, nor can one whose bm25 alone cannot reach the worst score kept; neither needs its
        // coverage worked out.
        let most = SearchRanking.largestFactor * (1 + 1e-9), least = SearchRanking.smallestFactor * (1 - 1e-9)
        let floor = Self.largest(limit, of: matchedPassages.map { sum[$0] }) * least / most
        for passage in matchedPassages where sum[passage] >= floor {
            if let worst = best.worstScore, sum[passage] * most < worst { continue }
            best.insert(passage: passage, score: score(of: passage))
        }
        return best.sorted()
    }

    /// The `k`-th largest value (the smallest when there are fewer), found by selection, not sorting.
    static func largest(_ k: Int, of values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        guard k < values.count else { return values.min() ?? 0 }
        var values = values
        var low = 0, high = values.count - 1
        let target = k - 1
        while low < high {
            let pivot = values[(low + high) / 2]
            var i = low, j = high
            while i <= j {
                while values[i] > pivot { i += 1 }
                while values[j] < pivot { j -= 1 }
                if i <= j { values.swapAt(i, j); i += 1; j -= 1 }
            }
            if target <= j { high = j } else if target >= i { low = i } else { return values[target] }
        }
        return values[target]
    }

    /// The phrases that count in a passage's text (what its snippet highlights), each once.
    func textPhrases(of passage: Int) -> [RankingPlan.Phrase] {
        var phrases: [RankingPlan.Phrase] = []
        // A handful per passage: comparing with those kept costs less than hashing each into a set.
        for index in plan.phrases.indices where inText[passage * stride + (index >> 6)] & (1 << UInt64(index & 63)) != 0
            && !phrases.contains(plan.phrases[index]) {
            phrases.append(plan.phrases[index])
        }
        return phrases
    }

    /// What `--explain` shows for a passage whose text is `text`: per word found in the text, the
    /// forms of the text that matched it.
    func explanation(for passage: Int, text: String) -> SearchHit.Explanation {
        let forms = SnippetMaker(phrases: textPhrases(of: passage)).matchedForms(in: text)
        let base = passage * stride
        let covered = coverage(of: passage)
        var explanation = SearchHit.Explanation(bm25: bm25(passage), coverage: covered.coverage, headingCoverage: covered.heading,
                                                contentCoverage: covered.content,
                                                score: SearchRanking.score(bm25: bm25(passage), coverage: covered.coverage,
                                                                           headingCoverage: covered.heading))
        for (w, word) in plan.analysis.words.enumerated() {
            // A concept's terms are named as such: the query did not hold them.
            let searched = word.isConcept ? "\(word.searched) (begrep)" : word.searched
            let heading = masks.holds(w, in: inHeading, base: base), inText = masks.holds(w, in: self.inText, base: base)
            if heading {
                explanation.matchedInHeading.append(searched)
                explanation.headingShares.append((shares.share(word: w, passage: passage) * 100).rounded() / 100)
            }
            if inText {
                explanation.matchedInText.append(searched)
                var matched: [String] = []
                for phrase in plan.words[w].alternatives.joined() {
                    for form in forms[plan.phrases[phrase]] ?? [] where !matched.contains(form) { matched.append(form) }
                }
                explanation.formsInText.append(matched)
            }
            if !heading && !inText { explanation.missing.append(searched) }
        }
        return explanation
    }

    /// Whether the passage holds word `w` (its place in the analysis), in its heading or its text.
    func holds(word w: Int, passage: Int) -> Bool {
        masks.holds(w, in: inHeading, base: passage * stride) || masks.holds(w, in: inText, base: passage * stride)
    }

    /// Whether the passage holds word `w` in its heading; in its text.
    func holdsInHeading(word w: Int, passage: Int) -> Bool { masks.holds(w, in: inHeading, base: passage * stride) }
    func holdsInText(word w: Int, passage: Int) -> Bool { masks.holds(w, in: inText, base: passage * stride) }

    /// The places of the plan's phrases that are this index term, searched exactly (not as a prefix).
    func phrases(ofTerm term: String) -> [Int] {
        plan.phrases.indices.filter { plan.phrases[$0].term == term && !plan.phrases[$0].isPrefix }
    }

    /// Whether phrase `p` counts in the passage's heading; in its text.
    func holdsInHeading(phrase p: Int, passage: Int) -> Bool { inHeading[passage * stride + (p >> 6)] & (1 << UInt64(p & 63)) != 0 }
    func holdsInText(phrase p: Int, passage: Int) -> Bool { inText[passage * stride + (p >> 6)] & (1 << UInt64(p & 63)) != 0 }

    /// Whether a word of the query names the passage's guideline (`HeadingShares.names`) and the
    /// passage's heading holds it.
    func namesGuideline(word w: Int, passage: Int) -> Bool {
        masks.holds(w, in: inHeading, base: passage * stride) && shares.names(word: w, passage: passage)
    }

    /// The passage's guideline place (-1 for none).
    func guideline(of passage: Int) -> Int { shares.guideline(of: passage) }

    /// What the passage holds of the query (`CoverageMasks.coverage`), heading words weighed by `HeadingShares`.
    func coverage(of passage: Int) -> CoverageMasks.Coverage {
        masks.coverage(heading: inHeading, text: inText, base: passage * stride) { self.shares.weight(word: $0, passage: passage) }
    }

    /// The same, counting only the words `counts` accepts.
    func coverage(of passage: Int, counting counts: (Int) -> Bool) -> CoverageMasks.Coverage {
        masks.coverage(heading: inHeading, text: inText, base: passage * stride,
                       headingWeight: { self.shares.weight(word: $0, passage: passage) }, counts: counts)
    }

    private func score(of passage: Int) -> Double {
        let covered = coverage(of: passage)
        return SearchRanking.score(bm25: bm25(passage), coverage: covered.coverage, headingCoverage: covered.heading)
    }
}
