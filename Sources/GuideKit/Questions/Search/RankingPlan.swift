/// A query's analysis as the ranker scores it: the phrases of its MATCH expression
/// (`QueryAnalysis.expression`), in the same order, each one index term; which phrases must occur
/// together (an alternative of several stems is an AND in the expression); and which words they
/// stand for, for the share of the query a passage covers.
struct RankingPlan {
    struct Phrase: Hashable {
        /// The index term as FTS5's query tokenizer turns the quoted text into one; nil when it
        /// turns it into none or several (no word `QueryTerms` keeps does either).
        let term: String?
        /// An exact form of four letters or more also finds the words it begins (`FTSExpression.exact`).
        let isPrefix: Bool
    }

    struct Word {
        /// An alternative matches in a column when all its phrases occur there.
        var alternatives: [[Int]]
        var weight: Double
        /// Words searched with the same spelling share a group: matching one counts for all.
        var group: Int
    }

    let analysis: QueryAnalysis
    private(set) var phrases: [Phrase] = []
    /// For each phrase, the phrases of its alternative: a passage holding only some of them holds
    /// none (FTS5 reports no instances of an AND it does not match).
    private(set) var together: [[Int]] = []
    private(set) var words: [Word] = []
    private(set) var totalWeight = 1.0

    init(_ analysis: QueryAnalysis) {
        self.analysis = analysis
        var groups: [String: Int] = [:]
        for word in analysis.words {
            var alternatives = [[add(Phrase(term: Self.indexTerm(word.searched), isPrefix: FTSExpression.isPrefix(word.searched)))]]
            for alternative in word.alternatives {
                let indices = alternative.map { add(Phrase(term: Self.indexTerm(NorwegianAnalyzer.stemTerm($0)), isPrefix: false)) }
                for index in indices { together[index] = indices }
                alternatives.append(indices)
            }
            let group = groups[word.searched] ?? groups.count
            groups[word.searched] = group
            words.append(Word(alternatives: alternatives, weight: SearchRanking.weight(of: word, intent: analysis.intent), group: group))
        }
        totalWeight = max(words.reduce(0) { $0 + $1.weight }, 1)
    }

    /// The plan with each word's weight multiplied by its factor (`SearchRanking.informativeness`).
    func reweighed(by factors: [Double]) -> RankingPlan {
        var plan = self
        for w in plan.words.indices where w < factors.count { plan.words[w].weight *= factors[w] }
        plan.totalWeight = max(plan.words.reduce(0) { $0 + $1.weight }, 1)
        return plan
    }

    private mutating func add(_ phrase: Phrase) -> Int {
        phrases.append(phrase)
        together.append([phrases.count - 1])
        return phrases.count - 1
    }

    /// The one token FTS5's query tokenizer makes of a quoted term, as the MATCH expression would.
    static func indexTerm(_ text: String) -> String? {
        var tokens: [String] = []
        var text = text
        text.withUTF8 { bytes in
            NorwegianAnalyzer().tokenize(bytes, reason: .query) { token, _, _, _ in
                tokens.append(token)
                return tokens.count < 2
            }
        }
        return tokens.count == 1 ? tokens[0] : nil
    }
}
