/// `guide eval`: the ranking scored on judged queries (`RelevanceEvaluation`).
public struct EvaluationQuestion: Question, Sendable {
    public var judged: [JudgedQuery]
    public var keys: EvaluationKeys
    /// Hits searched per query.
    public var depth: Int

    public init(_ judged: [JudgedQuery], keys: EvaluationKeys, depth: Int = 10) {
        self.judged = judged
        self.keys = keys
        self.depth = depth
    }

    public func answer(in store: IndexStore) throws -> RelevanceEvaluation {
        try RelevanceEvaluation.evaluate(judged, keys: keys, depth: depth, in: store)
    }
}
