import GuideIndexer
import GuideKit

/// The questions the site asks, as the CLI's commands ask them (same defaults, same JSON shapes), so
/// that `/api/…` and `guide … --json` give the same bytes for the same question.
struct Answers {
    let index: IndexStore
    let location: IndexLocation

    /// When the content API's mirror was last synced: what `guide search` and `guide list` report.
    var lastSynced: String? {
        location.corpusExists ? MirrorSyncTime.lastComplete(corpusPath: location.corpusPath) : nil
    }

    /// `guide search Q [--must] [--role R] [--limit N]`, with the coverage a search without hits reports.
    func search(_ query: String, filter: SearchFilter, limit: Int) throws -> SearchJSON {
        let results = try index.ask(SearchQuestion(query, limit: limit, filter: filter))
        let coverage = results.results.isEmpty && !results.terms.isEmpty
            ? try index.ask(CoverageQuestion(lastSynced: lastSynced)) : nil
        return SearchJSON(results, coverage: coverage)
    }

    /// `guide show ID`.
    func show(_ id: String) throws -> ShowJSON {
        ShowJSON(try index.ask(RecommendationQuestion(id: id)))
    }

    /// `guide list`.
    func contents() throws -> ListJSON {
        let coverage = try index.ask(CoverageQuestion(lastSynced: lastSynced))
        return ListJSON(try index.ask(OutlineQuestion()), coverage: coverage)
    }

    /// The guidelines' ids and titles, for the search form's filter (in corpus order, as `guide list`).
    func guidelines() throws -> [(id: String, title: String)] {
        try index.ask(GuidelineChoicesQuestion())
    }

    /// Several questions in one read transaction (one `ask`): a page's parts agree with each other,
    /// and the transaction's fixed cost is paid once. The questions asked inside run within it.
    func together<T>(_ body: @escaping (Answers) throws -> T) throws -> T {
        try index.ask(Together { _ in try body(self) })
    }

    /// `guide plan [SITUATION]`.
    func plan(_ situation: String, limit: Int) throws -> PlanAnswer {
        try index.ask(PlanQuestion(situation: situation, limit: limit))
    }

    /// `guide law`.
    func lawOverview() throws -> LawOverview {
        try index.ask(CitedLawQuestion())
    }

    /// `guide law ACT [§ N]`.
    func law(_ reference: String) throws -> LawCitations {
        try index.ask(LawCitationQuestion(parsing: reference))
    }

    /// `guide role`.
    func roles() throws -> RoleOverview {
        try index.ask(RoleOverviewQuestion())
    }

    /// `guide role NAME`.
    func role(_ name: String) throws -> RoleTasks {
        try index.ask(RoleTasksQuestion(role: name))
    }

    /// `guide export ID…`.
    func handout(ids: [String], created: String) throws -> Handout {
        try index.ask(HandoutSelection(arguments: ids, created: created))
    }
}
