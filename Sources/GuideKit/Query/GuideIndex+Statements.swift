/// The sentences of a recommendation with their norms and roles, as the indexer stored them.
extension GuideIndex {
    /// Statements of one article by section row id (the title's under nil), in reading order.
    func statements(articleID: String) throws -> [Int?: [StatementSummary]] {
        let rows = try db.rows("""
            SELECT \(Self.statementColumns) FROM statements s WHERE s.article_id = ? ORDER BY s.ordinal
            """, [articleID])
        let roles = try roleMentions(articleID: articleID)
        var out: [Int?: [StatementSummary]] = [:]
        for row in rows {
            out[row.int(1), default: []].append(try statement(row, roles: roles[row.int(0) ?? 0] ?? []))
        }
        return out
    }

    /// The columns `statement(_:roles:)` reads, in its order, from `statements` named `s`.
    static let statementColumns = """
        s.id, s.section_id, s.unit, s.text, s.norm, s.direction, s.cue, s.cue_start, s.cue_end, s.start, s.end,
        s.first_line, s.last_line
        """

    /// A statements row read from `statementColumns` (further columns may follow).
    func statement(_ row: Row, roles: [RoleMention]) throws -> StatementSummary {
        let cue = row.string(6).map { NormCue(text: $0, start: row.int(7) ?? 0, end: row.int(8) ?? 0) }
        return StatementSummary(unit: try row.value(NormativeStatement.Unit.self, 2), text: row.string(3) ?? "",
                                norm: try row.value(Norm.self, 4), direction: try row.optionalValue(NormDirection.self, 5), cue: cue, start: row.int(9) ?? 0, end: row.int(10) ?? 0,
                                roles: roles, lines: [row.int(11) ?? 0, row.int(12) ?? 0])
    }

    /// The role mentions of an article's statements, by statement id.
    func roleMentions(articleID: String) throws -> [Int: [RoleMention]] {
        var out: [Int: [RoleMention]] = [:]
        for row in try db.rows("SELECT statement_id, role, text, start, end, actor FROM role_mentions WHERE article_id = ? ORDER BY id",
                               [articleID]) {
            out[row.int(0) ?? 0, default: []].append(RoleMention(role: row.string(1) ?? "", text: row.string(2) ?? "",
                                                                 start: row.int(3) ?? 0, end: row.int(4) ?? 0,
                                                                 actor: row.int(5) == 1))
        }
        return out
    }

    /// The norm of the article's title, else of the first normative sentence of its statement (as
    /// `Article.strength`, which `articles.strength` stores); nil for a text page.
    func strength(articleID: String) throws -> Strength? {
        try db.firstRow("""
            SELECT s.norm, s.direction, s.cue, s.cue_start, s.cue_end
            FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN sections sec ON sec.id = s.section_id
            WHERE s.article_id = ? AND a.kind = 'recommendation' AND s.norm != 'none'
              AND (s.unit = 'title' OR (s.unit = 'sentence' AND sec.kind = 'recommendation'))
            ORDER BY s.ordinal LIMIT 1
            """, [articleID]).map { row in
            Strength(norm: try row.value(Norm.self, 0), direction: try row.optionalValue(NormDirection.self, 1),
                     cue: row.string(2).map { NormCue(text: $0, start: row.int(3) ?? 0, end: row.int(4) ?? 0) })
        }
    }
}
