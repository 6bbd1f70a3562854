import GuideKit

/// Statements with their norms and role mentions, the title's norm as the article's strength, and
/// the role lexicon.
extension IndexWriter {
    /// `sectionIDs` and `checklistIDs` are the rows written for the article's sections and
    /// checklists, in reading order (the indices `NormativeStatement` refers to).
    func writeStatements(_ article: Article, sectionIDs: [Int], checklistIDs: [Int]) throws {
        let insert = try db.prepare("""
            INSERT INTO statements(article_id, section_id, checklist_id, item, ordinal, unit, text, start, end, norm,
                                   direction, cue, cue_start, cue_end, first_line, last_line)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let mention = try db.prepare("""
            INSERT INTO role_mentions(role, article_id, statement_id, text, start, end, actor) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, s) in article.statements.enumerated() {
            let sectionID = s.section.flatMap { sectionIDs.indices.contains($0) ? sectionIDs[$0] : nil }
            let checklistID = s.checklist.flatMap { checklistIDs.indices.contains($0) ? checklistIDs[$0] : nil }
            try insert.run([article.id, sectionID, checklistID, s.item, ordinal, s.unit.rawValue, s.text, s.start, s.end,
                            s.norm.rawValue, s.direction?.rawValue, s.cue?.text, s.cue?.start, s.cue?.end,
                            s.source.firstLine, s.source.lastLine])
            let statementID = db.lastInsertedRowID
            for role in s.roles {
                try mention.run([role.role, article.id, statementID, role.text, role.start, role.end, role.actor ? 1 : 0])
            }
        }
        if let strength = article.strength {
            try db.run("UPDATE articles SET strength = ? WHERE id = ?", [strength.norm.rawValue, article.id])
        }
    }

    func writeRoles(_ lexicon: RoleLexicon) throws {
        for (ordinal, role) in lexicon.roles.enumerated() {
            try db.run("INSERT INTO roles(name, ordinal) VALUES (?, ?)", [role.name, ordinal])
            for form in role.forms {
                try db.run("INSERT OR IGNORE INTO role_names(key, role, form) VALUES (?, ?, ?)",
                           [RoleName.key(form), role.name, form])
            }
        }
    }
}
