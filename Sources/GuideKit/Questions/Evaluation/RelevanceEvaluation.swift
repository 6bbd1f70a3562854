import Foundation

/// Runs judged queries against an index and scores the ranking at recommendation level:
/// hit@1 and hit@3 (an answer of the top grade among the first k), MRR of that answer, and
/// nDCG@5 with gain 2^grade − 1; and at passage level, passage@1: whether the top hit's passage
/// text holds the answer (one of the query's answer fragments), over the queries that name one.
public struct RelevanceEvaluation: Sendable, Codable {
    public struct QueryOutcome: Sendable, Codable {
        public var id: String
        /// The id's part before "-" (`JudgedQuery.kind`), nil when it has none.
        @Nullable public var kind: String?
        public var query: String
        /// Rank of the first top-grade answer, nil when it is not in the results.
        public var answerRank: Int?
        public var ndcg5: Double
        /// Whether the top hit's passage text holds an answer fragment; nil when the query names none.
        @Nullable public var passageHoldsAnswer: Bool?
        /// Title of what came first, and whether it is from a hearing draft.
        public var first: String?
        public var firstIsHearingDraft: Bool
        /// The title of the first hit's passage (its part: Praktisk, Begrunnelse …), when it has one.
        @Nullable public var firstPassage: String?
    }

    /// The figures of the queries of one kind.
    public struct KindFigures: Sendable, Codable {
        public var kind: String
        public var queries: Int
        public var hitAt1: Double
        @Nullable public var passageAt1: Double?
    }

    public var queries: [QueryOutcome]
    public var hitAt1: Double
    public var hitAt3: Double
    public var mrr: Double
    public var ndcg5: Double
    /// Share of the queries with an answer fragment whose top hit's passage holds it; nil when none has one.
    @Nullable public var passageAt1: Double?
    /// How many queries name an answer fragment (what passage@1 is a share of).
    public var passageJudged: Int
    /// Figures per kind, in the order the kinds first appear; empty when no id names a kind.
    public var kinds: [KindFigures]

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
            let passage = hits.first.map { EvaluationKeys.fold($0.section.text) }
            outcomes.append(QueryOutcome(id: query.id, kind: query.kind, query: query.query, answerRank: answerRank,
                                         ndcg5: ndcg(grades, ideal: Array(query.grades.values), k: 5),
                                         passageHoldsAnswer: query.answers.isEmpty ? nil
                                             : passage.map { text in query.answers.contains { text.contains($0) } } ?? false,
                                         first: hits.first.map { $0.recommendation?.title ?? $0.chapter.title },
                                         firstIsHearingDraft: hits.first?.guideline.isHearingDraft ?? false,
                                         firstPassage: hits.first?.section.title))
        }
        let figures = Figures(outcomes)
        var kinds: [String] = []
        for kind in outcomes.compactMap(\.kind) where !kinds.contains(kind) { kinds.append(kind) }
        return RelevanceEvaluation(
            queries: outcomes, hitAt1: figures.hitAt(1), hitAt3: figures.hitAt(3), mrr: figures.mrr, ndcg5: figures.ndcg5,
            passageAt1: figures.passageAt1, passageJudged: figures.passageJudged,
            kinds: kinds.map { kind in
                let of = Figures(outcomes.filter { $0.kind == kind })
                return KindFigures(kind: kind, queries: of.outcomes.count, hitAt1: of.hitAt(1), passageAt1: of.passageAt1)
            })
    }

    static func ndcg(_ grades: [Int], ideal: [Int], k: Int) -> Double {
        func dcg(_ g: [Int]) -> Double {
            g.prefix(k).enumerated().reduce(0) { $0 + (pow(2, Double($1.element)) - 1) / log2(Double($1.offset) + 2) }
        }
        let best = dcg(ideal.sorted(by: >))
        return best > 0 ? dcg(grades) / best : 0
    }

    /// The averages over some outcomes.
    private struct Figures {
        let outcomes: [QueryOutcome]

        init(_ outcomes: [QueryOutcome]) { self.outcomes = outcomes }

        private var count: Double { Double(max(outcomes.count, 1)) }

        func hitAt(_ k: Int) -> Double { Double(outcomes.filter { ($0.answerRank ?? .max) <= k }.count) / count }
        var mrr: Double { outcomes.reduce(0) { $0 + ($1.answerRank.map { 1 / Double($0) } ?? 0) } / count }
        var ndcg5: Double { outcomes.reduce(0) { $0 + $1.ndcg5 } / count }

        var passageJudged: Int { outcomes.filter { $0.passageHoldsAnswer != nil }.count }
        var passageAt1: Double? {
            passageJudged == 0 ? nil : Double(outcomes.filter { $0.passageHoldsAnswer == true }.count) / Double(passageJudged)
        }
    }
}
