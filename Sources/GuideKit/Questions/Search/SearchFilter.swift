/// What a search keeps besides relevance: only passages holding a duty (`--must`), only
/// recommendations in which a role acts (`--role`). Applied to the ranked candidates before one hit
/// per recommendation is chosen, so a recommendation whose best passage is filtered out still
/// shows with its best passage that qualifies.
public struct SearchFilter: Sendable, Hashable {
    /// Keep passages with at least one duty ("skal", "må", "plikter" …), with its legal basis cited
    /// or not: a duty the guideline states without citing the act may still be one in law.
    public var obligationsOnly: Bool
    /// Keep recommendations in which this role acts: any name the role lexicon knows ("fastlegen").
    public var role: String?

    public init(obligationsOnly: Bool = false, role: String? = nil) {
        self.obligationsOnly = obligationsOnly
        self.role = role
    }

    public var isEmpty: Bool { !obligationsOnly && role == nil }

    /// The candidates the filter keeps; `role` is the filter's role resolved.
    func kept(_ candidates: [SearchRanking.Candidate], role: String?, in store: IndexStore) throws -> [SearchRanking.Candidate] {
        var kept = candidates
        if obligationsOnly {
            let binding = try store.passages(among: candidates.map(\.passageID), holding: Self.duties)
            kept = kept.filter { binding.contains($0.passageID) }
        }
        if let role {
            let acting = try store.articles(inWhichActs: role)
            let articleOf = try store.articleIDs(ofPassages: kept.map(\.passageID))
            kept = kept.filter { articleOf[$0.passageID].map(acting.contains) == true }
        }
        return kept
    }

    static let duties = Norm.allCases.filter(\.isDuty)

    /// The hit with its passage's duties: those with a legal basis cited first (what a user
    /// filtering for duties looks for first), each group in reading order.
    static func withObligations(_ hit: SearchHit, in store: IndexStore) throws -> SearchHit {
        var hit = hit
        let statements = try store.statements(passageID: hit.section.id, norms: Self.duties)
        let roles = try store.roleMentionsByStatement(articleID: hit.recommendation?.id ?? "")
        let ordered = statements.filter { $0.norm == .legalDuty } + statements.filter { $0.norm != .legalDuty }
        hit.obligations = ordered.map { StatementSummary($0, roles: roles[$0.id ?? 0] ?? []) }
        return hit
    }
}
