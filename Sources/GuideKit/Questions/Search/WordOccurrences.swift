/// Where each word of a query occurs, matched as search matches it: the word's phrases laid out by
/// `RankingPlan`, found in the posting lists (`PhraseMatches`) for passages, or in the terms the
/// analyzer makes of any other text (a guideline's title). A word occurs where every phrase of one
/// of its alternatives does — what FTS5's MATCH of `QueryAnalysis.expression(for:)` finds
/// (`WordOccurrenceTests` holds the two equal).
struct WordOccurrences {
    let plan: RankingPlan
    private let matches: [PhraseMatches]

    init(_ analysis: QueryAnalysis, in store: IndexStore) throws {
        plan = RankingPlan(analysis)
        matches = try PhraseMatches.read(plan.phrases, from: store)
    }

    /// The passages holding word `w` (its place in the analysis), in id order.
    func passages(holding w: Int) -> [Int] {
        var holding = Set<Int>()
        for alternative in plan.words[w].alternatives {
            guard let first = alternative.first else { continue }
            var common = Set(matches[first].entries.map(\.passage))
            for phrase in alternative.dropFirst() where !common.isEmpty {
                common.formIntersection(matches[phrase].entries.map(\.passage))
            }
            holding.formUnion(common)
        }
        return holding.sorted()
    }

    /// Whether a text whose index terms are `terms` (`Self.terms(of:)`) holds word `w`: a prefix
    /// phrase finds every term it begins, as in the posting lists.
    func terms(_ terms: Set<String>, hold w: Int) -> Bool {
        plan.words[w].alternatives.contains { alternative in
            !alternative.isEmpty && alternative.allSatisfy { phrase in
                guard let term = plan.phrases[phrase].term else { return false }
                return plan.phrases[phrase].isPrefix ? terms.contains { $0.utf8.starts(with: term.utf8) } : terms.contains(term)
            }
        }
    }

    /// The terms the index's analyzer makes of a text: exact forms and stems. Not compound parts:
    /// splitting needs the index's whole vocabulary read, and a title matched by a part of one of
    /// its compounds would be a change to what `guide plan` answers.
    static func terms(of text: String) -> Set<String> {
        var terms = Set<String>()
        var text = text
        text.withUTF8 { bytes in
            NorwegianAnalyzer().tokenize(bytes, reason: .document) { term, _, _, _ in
                terms.insert(term)
                return true
            }
        }
        return terms
    }
}
