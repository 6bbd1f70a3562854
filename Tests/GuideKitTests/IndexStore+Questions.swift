@testable import GuideKit

/// The questions as the tests ask them, over one store: each line says which question answers.
extension IndexStore {
    func search(_ query: String, limit: Int = 10, explain: Bool = false, filter: SearchFilter = SearchFilter()) throws -> SearchResults {
        try SearchQuestion(query, limit: limit, explain: explain, filter: filter).answer(in: self)
    }

    func show(id: String) throws -> ArticleDetail { try RecommendationQuestion(id: id).answer(in: self) }
    func outline() throws -> [GuidelineOutline] { try OutlineQuestion().answer(in: self) }
    func analyze(_ text: String) throws -> QueryAnalysis { try AnalysisQuestion(text).answer(in: self) }
    func citedLaw() throws -> LawOverview { try CitedLawQuestion().answer(in: self) }
    func lawCitations(_ typed: String) throws -> LawCitations { try LawCitationQuestion(parsing: typed).answer(in: self) }
    func lawCitations(_ query: LawQuery) throws -> LawCitations { try LawCitationQuestion(query).answer(in: self) }
    func planChecklists(for situation: String? = nil, limit: Int = 10) throws -> PlanAnswer {
        try PlanQuestion(situation: situation, limit: limit).answer(in: self)
    }
    func roleOverview() throws -> RoleOverview { try RoleOverviewQuestion().answer(in: self) }
    func roleTasks(_ role: String) throws -> RoleTasks { try RoleTasksQuestion(role: role).answer(in: self) }
    func handout(for selection: HandoutSelection) throws -> Handout { try selection.answer(in: self) }
    func resolveRole(_ typed: String) throws -> String { try RoleResolver(store: self).resolve(typed) }
    func resolveAct(_ written: String) throws -> ActResolver.KnownAct { try ActResolver(store: self).resolve(written) }
    func rankedCandidates(_ analysis: QueryAnalysis, limit: Int) throws -> (candidates: [SearchRanking.Candidate], ranking: PassageRanking) {
        let (candidates, ranking, _) = try SearchQuestion.rankedCandidates(analysis, limit: limit, in: self)
        return (candidates, ranking)
    }
}
