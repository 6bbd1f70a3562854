/// What a search keeps besides relevance: only passages holding an obligation (`--must`), only
/// recommendations in which a role acts (`--role`). Applied to the ranked candidates before one hit
/// per recommendation is chosen, so a recommendation whose best passage is filtered out still
/// shows with its best passage that qualifies.
public struct SearchFilter: Sendable, Hashable {
    /// Keep passages with at least one obligation sentence ("skal", "må", "plikter" …).
    public var obligationsOnly: Bool
    /// Keep recommendations in which this role acts: any name the role lexicon knows ("fastlegen").
    public var role: String?

    public init(obligationsOnly: Bool = false, role: String? = nil) {
        self.obligationsOnly = obligationsOnly
        self.role = role
    }

    public var isEmpty: Bool { !obligationsOnly && role == nil }
}

extension GuideIndex {
    /// Searches as `search(_:limit:explain:)`, keeping only what the filter allows. An unknown role
    /// throws `RoleQueryError.unknownRole`.
    public func search(_ query: String, limit: Int = 10, explain: Bool = false, filter: SearchFilter) throws -> SearchResults {
        let role = try filter.role.map(resolveRole)
        return try search(query, limit: limit, explain: explain, keep: filter.isEmpty ? nil : { candidates in
            try self.filtered(candidates, obligationsOnly: filter.obligationsOnly, role: role)
        }, annotate: filter.obligationsOnly ? { hit in try self.withObligations(hit) } : nil)
    }

    private func filtered(_ candidates: [SearchRanking.Candidate], obligationsOnly: Bool,
                          role: String?) throws -> [SearchRanking.Candidate] {
        var kept = candidates
        if obligationsOnly {
            let binding = Set(try db.rows("""
                SELECT DISTINCT p.id FROM passages p JOIN statements s ON s.section_id = p.section_id
                WHERE p.id IN (SELECT value FROM json_each(?)) AND s.norm = 'obligation'
                  AND s.checklist_id IS p.checklist_id
                """, [JSONList.integers(candidates.map(\.passageID))]).compactMap { $0.int(0) })
            kept = kept.filter { binding.contains($0.passageID) }
        }
        if let role {
            let acting = Set(try db.rows("""
                SELECT p.id FROM json_each(?) j JOIN passages p ON p.id = j.value
                WHERE EXISTS (SELECT 1 FROM role_mentions r WHERE r.role = ? AND r.actor = 1 AND r.article_id = p.article_id)
                """, [JSONList.integers(kept.map(\.passageID)), role]).compactMap { $0.int(0) })
            kept = kept.filter { acting.contains($0.passageID) }
        }
        return kept
    }

    /// The hit with its passage's obligation sentences.
    private func withObligations(_ hit: SearchHit) throws -> SearchHit {
        var hit = hit
        let rows = try db.rows("""
            SELECT \(Self.statementColumns)
            FROM passages p JOIN statements s ON s.section_id = p.section_id AND s.checklist_id IS p.checklist_id
            WHERE p.id = ? AND s.norm = 'obligation' ORDER BY s.ordinal
            """, [hit.section.id])
        let roles = try roleMentions(articleID: hit.recommendation?.id ?? "")
        hit.obligations = try rows.map { try statement($0, roles: roles[$0.int(0) ?? 0] ?? []) }
        return hit
    }
}
