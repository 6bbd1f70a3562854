import Foundation

/// Whole recommendations (`guide show`) and the table of contents (`guide list`).
extension GuideIndex {
    /// The article with this id. A shortened guideline part is accepted when it names one
    /// guideline ("als/1.3" for "als-samhandling-og-oppfolging/1.3").
    public func article(id: String) throws -> ArticleDetail {
        let resolved = try resolveArticleID(id)
        guard let row = try db.firstRow("""
            SELECT a.id, a.kind, a.title, a.guideline_id, a.url, a.source_path, a.first_line, a.last_line, c.number, c.title
            FROM articles a JOIN chapters c ON c.id = a.chapter_id WHERE a.id = ?
            """, [resolved]),
            let guideline = try guidelineSummary(id: row.string(3) ?? "")
        else { throw IndexError.unknownArticle(id) }
        let statements = try statements(articleID: resolved)
        let sections = try db.rows("SELECT title, kind, text, first_line, last_line, id FROM sections WHERE article_id = ? ORDER BY ordinal",
                                   [resolved]).map {
            ArticleDetail.SectionText(title: $0.string(0), kind: try $0.value(SectionKind.self, 1), text: $0.string(2) ?? "",
                                      lines: [$0.int(3) ?? 0, $0.int(4) ?? 0], statements: statements[$0.int(5)] ?? [])
        }
        let links = try db.rows("SELECT text, url FROM links WHERE article_id = ? ORDER BY ordinal", [resolved]).map {
            ArticleDetail.LinkDetail(text: $0.string(0), url: $0.string(1) ?? "")
        }
        let literature = try db.rows("SELECT text FROM literature WHERE article_id = ? ORDER BY ordinal", [resolved])
            .compactMap { $0.string(0) }
        return ArticleDetail(
            id: resolved, kind: try row.value(Article.Kind.self, 1), title: row.string(2) ?? "", guideline: guideline,
            chapter: ChapterSummary(number: row.int(8) ?? 0, title: row.string(9) ?? ""),
            sections: sections, checklists: try checklists(articleID: resolved),
            legalReferences: try legalReferences(articleID: resolved), links: links, literature: literature,
            source: SourceReference(path: row.string(5) ?? "", url: row.string(4) ?? guideline.url,
                                    lines: [row.int(6) ?? 0, row.int(7) ?? 0]),
            strength: try strength(articleID: resolved))
    }

    /// Every guideline with its chapters and their articles, in corpus order.
    public func outline() throws -> [GuidelineOutline] {
        try db.rows("SELECT id, title, status, hearing_deadline, kind, publisher, url, source_path FROM guidelines ORDER BY ordinal")
            .map { row in
                let id = row.string(0) ?? ""
                let chapters = try db.rows("SELECT id, number, title FROM chapters WHERE guideline_id = ? ORDER BY number", [id])
                    .map { chapter in
                        GuidelineOutline.ChapterOutline(
                            number: chapter.int(1) ?? 0, title: chapter.string(2) ?? "",
                            recommendations: try db.rows("SELECT id, title, kind FROM articles WHERE chapter_id = ? ORDER BY ordinal",
                                                         [chapter.int(0) ?? 0]).map {
                                ArticleSummary(id: $0.string(0) ?? "", title: $0.string(1) ?? "", kind: try $0.value(Article.Kind.self, 2))
                            })
                    }
                return GuidelineOutline(id: id, title: row.string(1) ?? "", status: try row.value(GuidelineStatus.Stage.self, 2),
                                        hearingDeadline: row.string(3), kind: row.string(4), publisher: row.string(5),
                                        url: row.string(6), path: row.string(7) ?? "", chapters: chapters)
            }
    }

    func resolveArticleID(_ id: String) throws -> String {
        let trimmed = id.trimmingCharacters(in: .whitespaces)
        if try db.firstRow("SELECT 1 FROM articles WHERE id = ?", [trimmed]) != nil { return trimmed }
        guard let slash = trimmed.lastIndex(of: "/") else { throw IndexError.unknownArticle(id) }
        let prefix = String(trimmed[..<slash])
        let number = String(trimmed[slash...])
        let candidates = try db.rows("SELECT id FROM articles WHERE guideline_id LIKE ? ESCAPE '\\' AND id LIKE ? ESCAPE '\\' ORDER BY id",
                                     [Self.likeEscaped(prefix) + "%", "%" + Self.likeEscaped(number)])
            .compactMap { $0.string(0) }.filter { $0.hasSuffix(number) }
        switch candidates.count {
        case 1: return candidates[0]
        case 0: throw IndexError.unknownArticle(id)
        default: throw IndexError.ambiguousArticle(id, candidates: candidates)
        }
    }

    private static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    private func checklists(articleID: String) throws -> [ArticleDetail.ChecklistDetail] {
        try db.rows("""
            SELECT k.id, k.lead_in, s.title, k.first_line, k.last_line, k.topic, k.plan_kind
            FROM checklists k JOIN sections s ON s.id = k.section_id WHERE k.article_id = ? ORDER BY k.ordinal
            """, [articleID]).map { row in
            let items = try db.rows("SELECT id, parent_id, text FROM checklist_items WHERE checklist_id = ? ORDER BY depth, ordinal",
                                    [row.int(0) ?? 0])
            return ArticleDetail.ChecklistDetail(title: row.string(1) ?? "", section: row.string(2),
                                                 items: Self.tree(items, parent: nil), lines: [row.int(3) ?? 0, row.int(4) ?? 0],
                                                 topic: try row.value(ChecklistTopic.self, 5), plan: row.string(6))
        }
    }

    /// Rebuilds nesting from (id, parent id, text) rows.
    private static func tree(_ rows: [Row], parent: Int?) -> [ArticleDetail.Item] {
        rows.filter { $0.int(1) == parent }.map {
            ArticleDetail.Item(text: $0.string(2) ?? "", items: tree(rows, parent: $0.int(0)))
        }
    }
}
