import GuideKit

/// Statements with their norms and role mentions, and the role lexicon.
extension IndexWriter {
    /// `sectionIDs` and `checklistIDs` are the rows written for the article's sections and
    /// checklists, in reading order (the indices `NormativeStatement` refers to).
    func writeStatements(_ article: Article, sectionIDs: [Int], checklistIDs: [Int]) throws {
        for (ordinal, s) in article.statements.enumerated() {
            let sectionID = s.section.flatMap { sectionIDs.indices.contains($0) ? sectionIDs[$0] : nil }
            let checklistID = s.checklist.flatMap { checklistIDs.indices.contains($0) ? checklistIDs[$0] : nil }
            let statementID = try store.insert(StatementRecord(s, articleID: article.id, ordinal: ordinal, sectionID: sectionID,
                                                               checklistID: checklistID))
            for (mentionOrdinal, role) in s.roles.enumerated() {
                try store.insert(RoleMentionRecord(role, statementID: statementID, ordinal: mentionOrdinal, articleID: article.id))
            }
        }
    }

    func writeRoles(_ lexicon: RoleLexicon) throws {
        for (ordinal, role) in lexicon.roles.enumerated() {
            try store.insert(RoleRecord(name: role.name, ordinal: ordinal))
            for form in role.forms {
                try store.insert(RoleNameRecord(key: RoleName.key(form), role: role.name, form: form))
            }
        }
    }
}
