import Foundation

/// Runs judged queries against an index and scores the ranking at recommendation level:
/// hit@1 and hit@3 (an answer of the top grade among the first k), MRR of that answer, and
/// nDCG@5 with gain 2^grade − 1.
public struct RelevanceEvaluation: Sendable, Codable {
    public struct QueryOutcome: Sendable, Codable {
        public var id: String
        public var query: String
        /// Rank of the first top-grade answer, nil when it is not in the results.
        public var answerRank: Int?
        public var ndcg5: Double
        /// Title of what came first, and whether it is from a hearing draft.
        public var first: String?
        public var firstIsHearingDraft: Bool
    }

    public var queries: [QueryOutcome]
    public var hitAt1: Double
    public var hitAt3: Double
    public var mrr: Double
    public var ndcg5: Double

    public static func run(_ judged: [JudgedQuery], keys: EvaluationKeys, on store: IndexStore,
                           depth: Int = 10) throws -> RelevanceEvaluation {
        try EvaluationQuestion(judged, keys: keys, depth: depth).answer(in: store)
    }

    static func evaluate(_ judged: [JudgedQuery], keys: EvaluationKeys, depth: Int, in store: IndexStore) throws -> RelevanceEvaluation {
        var outcomes: [QueryOutcome] = []
        for query in judged {
            let hits = try SearchQuestion(query.query, limit: depth).answer(in: store).results
            // Grade of each hit: the best grade of any key its titles match.
            let grades = hits.map { hit in
                let titles = [hit.recommendation?.title, hit.section.title].compactMap { $0 }
                return query.grades.filter { keys.key($0.key, matches: titles) }.map(\.value).max() ?? 0
            }
            let top = query.grades.values.max() ?? 0
            let answerRank = grades.firstIndex { $0 == top && top > 0 }.map { $0 + 1 }
            outcomes.append(QueryOutcome(id: query.id, query: query.query, answerRank: answerRank,
                                         ndcg5: ndcg(grades, ideal: Array(query.grades.values), k: 5),
                                         first: hits.first.map { $0.recommendation?.title ?? $0.chapter.title },
                                         firstIsHearingDraft: hits.first?.guideline.isHearingDraft ?? false))
        }
        let n = Double(max(outcomes.count, 1))
        func share(_ k: Int) -> Double { Double(outcomes.filter { ($0.answerRank ?? .max) <= k }.count) / n }
        return RelevanceEvaluation(
            queries: outcomes, hitAt1: share(1), hitAt3: share(3),
            mrr: outcomes.reduce(0) { $0 + ($1.answerRank.map { 1 / Double($0) } ?? 0) } / n,
            ndcg5: outcomes.reduce(0) { $0 + $1.ndcg5 } / n)
    }

    static func ndcg(_ grades: [Int], ideal: [Int], k: Int) -> Double {
        func dcg(_ g: [Int]) -> Double {
            g.prefix(k).enumerated().reduce(0) { $0 + (pow(2, Double($1.element)) - 1) / log2(Double($1.offset) + 2) }
        }
        let best = dcg(ideal.sorted(by: >))
        return best > 0 ? dcg(grades) / best : 0
    }
}
