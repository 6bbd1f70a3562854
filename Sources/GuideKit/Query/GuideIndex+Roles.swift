import Foundation

/// `guide role`: who is to act, and what each role is to do across the guidelines.
///
/// Names resolve against the index's copy of the role lexicon (`roles`, `role_names`): any listed
/// name in any inflection ("fastlegen", "ALS-koordinatoren"), then the same typed without æ ø å;
/// otherwise `RoleQueryError.unknownRole` with the nearest role and the list of known ones.
extension GuideIndex {
    /// Every known role with counts, those that act most first; roles never named come last.
    public func roleOverview() throws -> RoleOverview {
        let names = try knownRoles()
        var counts: [String: RoleOverview.Role] = [:]
        for name in names { counts[name] = RoleOverview.Role(name: name, recommendations: 0, tasks: 0, mentions: 0) }
        for row in try db.rows("""
            SELECT m.role, count(*), count(DISTINCT CASE WHEN m.actor = 1 AND (s.norm != 'none' OR s.unit IN ('lead_in', 'item'))
                                                          THEN m.statement_id END),
                   count(DISTINCT CASE WHEN m.actor = 1 AND (s.norm != 'none' OR s.unit IN ('lead_in', 'item'))
                                       THEN m.article_id END)
            FROM role_mentions m JOIN statements s ON s.id = m.statement_id GROUP BY m.role
            """) {
            guard let name = row.string(0) else { continue }
            counts[name] = RoleOverview.Role(name: name, recommendations: row.int(3) ?? 0, tasks: row.int(2) ?? 0,
                                             mentions: row.int(1) ?? 0)
        }
        let order = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        return RoleOverview(roles: counts.values.sorted {
            ($1.tasks, $1.mentions, order[$0.name] ?? 0) < ($0.tasks, $0.mentions, order[$1.name] ?? 0)
        })
    }

    /// The canonical role a name stands for ("fastlegen" → "fastlege", "als koordinatoren" → "ALS-koordinator").
    /// Known roles are compared as `RoleName` says; names in the index are lower case.
    public func resolveRole(_ typed: String) throws -> String {
        let key = RoleName.key(typed)
        if !key.isEmpty, let role = try db.firstRow("SELECT role FROM role_names WHERE key = ?", [key])?.string(0) {
            return role
        }
        let forms = try db.rows("SELECT key, role FROM role_names ORDER BY key").compactMap { row in
            row.string(0).flatMap { k in row.string(1).map { (key: k, role: $0) } }
        }
        // An inflection ("fastlegens"), then the same typed without æ ø å ("parorende").
        let inflected = Set(forms.filter { RoleName.matches(name: key, listed: $0.key) }.map(\.role))
        if inflected.count == 1, let role = inflected.first { return role }
        let folded = Spelling.folded(key)
        let sameFolded = Set(forms.filter {
            Spelling.folded($0.key) == folded || RoleName.matches(name: folded, listed: Spelling.folded($0.key))
        }.map(\.role))
        if !folded.isEmpty, sameFolded.count == 1, let role = sameFolded.first { return role }
        let nearest = NearestName.indexedNames.nearest(to: folded, among: forms.sorted { $0.key < $1.key }) {
            Spelling.folded($0.key)
        }?.role
        throw RoleQueryError.unknownRole(typed.trimmingCharacters(in: .whitespaces), suggestion: nearest, known: try knownRoles())
    }

    /// What a role is to do: each recommendation in which it acts, with the normative sentences and
    /// checklist lines it acts in (a lead-in naming it brings its items), in corpus order.
    public func roleTasks(_ typed: String) throws -> RoleTasks {
        let role = try resolveRole(typed)
        let rows = try db.rows("""
            SELECT \(Self.statementColumns), s.article_id, s.checklist_id, sec.kind, sec.title
            FROM statements s JOIN articles a ON a.id = s.article_id JOIN guidelines g ON g.id = a.guideline_id
            JOIN chapters c ON c.id = a.chapter_id LEFT JOIN sections sec ON sec.id = s.section_id
            WHERE s.id IN (SELECT statement_id FROM role_mentions WHERE role = ? AND actor = 1)
              AND (s.norm != 'none' OR s.unit IN ('lead_in', 'item'))
            ORDER BY g.ordinal, c.number, a.ordinal, s.ordinal
            """, [role])
        var recommendations: [RoleTasks.Recommendation] = []
        var listed = Set<Int>()
        var roles: [Int: [RoleMention]] = [:]
        for row in rows {
            let articleID = row.string(13) ?? ""
            if recommendations.last?.recommendation.id != articleID {
                guard let recommendation = try recommendation(articleID: articleID) else { continue }
                recommendations.append(recommendation)
                roles = try roleMentions(articleID: articleID)
            }
            let statementID = row.int(0) ?? 0
            guard listed.insert(statementID).inserted else { continue }
            var items: [String] = []
            if try row.value(NormativeStatement.Unit.self, 2) == .leadIn, let checklist = row.int(14) {
                let itemRows = try db.rows("SELECT id, text FROM statements WHERE checklist_id = ? AND unit = 'item' ORDER BY ordinal",
                                           [checklist])
                items = itemRows.compactMap { $0.string(1) }
                listed.formUnion(itemRows.compactMap { $0.int(0) })
            }
            let part = row.int(1) == nil ? "Tittel" : try row.value(SectionKind.self, 15).partHeading(title: row.string(16))
            recommendations[recommendations.count - 1].tasks.append(
                RoleTasks.Task(part: part, statement: try statement(row, roles: roles[statementID] ?? []), items: items))
        }
        return RoleTasks(query: typed, role: role, count: recommendations.count, recommendations: recommendations)
    }

    // MARK: - Rows

    private func knownRoles() throws -> [String] {
        try db.rows("SELECT name FROM roles ORDER BY ordinal").compactMap { $0.string(0) }
    }

    private func recommendation(articleID: String) throws -> RoleTasks.Recommendation? {
        guard let row = try db.firstRow("""
            SELECT a.guideline_id, a.title, a.kind, a.url, a.source_path, a.first_line, a.last_line, c.number, c.title
            FROM articles a JOIN chapters c ON c.id = a.chapter_id WHERE a.id = ?
            """, [articleID]), let guideline = try guidelineSummary(id: row.string(0) ?? "") else { return nil }
        return RoleTasks.Recommendation(
            guideline: guideline, chapter: ChapterSummary(number: row.int(7) ?? 0, title: row.string(8) ?? ""),
            recommendation: ArticleSummary(id: articleID, title: row.string(1) ?? "", kind: try row.value(Article.Kind.self, 2)),
            strength: try strength(articleID: articleID), tasks: [],
            source: SourceReference(path: row.string(4) ?? "", url: row.string(3) ?? guideline.url,
                                    lines: [row.int(5) ?? 0, row.int(6) ?? 0]))
    }
}
