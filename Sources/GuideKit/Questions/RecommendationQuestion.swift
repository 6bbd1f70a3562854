import Foundation

/// `guide show`: one recommendation (or text page) whole — its parts with their sentences and
/// norms, checklists, legal references, links, literature and strength.
public struct RecommendationQuestion: Question, Sendable, Hashable {
    /// An id as `guide list` shows it; a shortened guideline part is accepted when it names one
    /// guideline ("als/1.3" for "als-samhandling-og-oppfolging/1.3").
    public var id: String

    public init(id: String) {
        self.id = id
    }

    public func answer(in store: IndexStore) throws -> ArticleDetail {
        let resolved = try ArticleID.resolve(id, in: store)
        guard let article = try store.article(id: resolved), let chapter = try store.chapter(id: article.chapterID),
              let guideline = try store.guideline(id: article.guidelineID)
        else { throw IndexError.unknownArticle(id) }
        let statements = try store.statements(articleID: resolved)
        let roles = try store.roleMentionsByStatement(articleID: resolved)
        let bySection = Dictionary(grouping: statements, by: \.sectionID)
        let sections = try store.sections(articleID: resolved)
        return ArticleDetail(
            id: resolved, kind: article.kind, title: article.title, guideline: GuidelineSummary(guideline),
            chapter: ChapterSummary(chapter),
            sections: sections.map { s in
                ArticleDetail.SectionText(title: s.title, kind: s.kind, text: s.text, lines: [s.firstLine, s.lastLine],
                                          statements: (bySection[s.id] ?? []).map { StatementSummary($0, roles: roles[$0.id ?? 0] ?? []) })
            },
            checklists: try checklists(of: resolved, sections: sections, in: store),
            legalReferences: try store.legalReferences(articleID: resolved).map(LegalReferenceSummary.init),
            links: try store.links(articleID: resolved).map { ArticleDetail.LinkDetail(text: $0.text, url: $0.url) },
            literature: try store.literature(articleID: resolved).map(\.text),
            source: SourceReference(article, guideline: guideline),
            strength: store.strength(of: article, statements: statements, sections: sections))
    }

    private func checklists(of articleID: String, sections: [SectionRecord], in store: IndexStore) throws -> [ArticleDetail.ChecklistDetail] {
        let sectionTitles = Dictionary(sections.compactMap { s in s.id.map { ($0, s.title) } }, uniquingKeysWith: { a, _ in a })
        return try store.checklists(articleID: articleID).map { k in
            let items = try k.id.map { try store.items(checklistID: $0) } ?? []
            return ArticleDetail.ChecklistDetail(title: k.leadIn, section: sectionTitles[k.sectionID] ?? nil,
                                                 items: ChecklistTree.nested(items) { item, children in
                                                     ArticleDetail.Item(text: item.text, items: children)
                                                 },
                                                 lines: [k.firstLine, k.lastLine], topic: k.topic, plan: k.plan)
        }
    }
}

/// Recommendation ids as typed.
enum ArticleID {
    /// The id of the article `id` names: itself, or the one article whose guideline id begins with
    /// its guideline part and whose id ends with its number ("als/1.3").
    static func resolve(_ id: String, in store: IndexStore) throws -> String {
        let trimmed = id.trimmingCharacters(in: .whitespaces)
        if try store.article(id: trimmed) != nil { return trimmed }
        guard let slash = trimmed.lastIndex(of: "/") else { throw IndexError.unknownArticle(id) }
        let candidates = try store.articleIDs(guidelineBeginning: String(trimmed[..<slash]), idEnding: String(trimmed[slash...]))
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw IndexError.unknownArticle(id)
        default: throw IndexError.ambiguousArticle(id, candidates: candidates)
        }
    }
}

/// A checklist's items nested again from their rows (parents before children, by depth and place).
enum ChecklistTree {
    static func nested<Node>(_ items: [ChecklistItemRecord], parent: Int? = nil,
                             _ make: (ChecklistItemRecord, [Node]) -> Node) -> [Node] {
        items.filter { $0.parentID == parent }.map { make($0, nested(items, parent: $0.id, make)) }
    }
}
