import Foundation

/// `guide plan`: the checklists that say what a plan should contain (topic `plan`), and the task
/// lists of the roles that make the plan (topic `tasks` naming a plan in their lead-in, items or
/// statement), for a situation or for the whole corpus; items merged by `ItemMerger`.
extension GuideIndex {
    /// - Parameters:
    ///   - situation: plain Norwegian ("ME/CFS, helsehjelp i hjemmet"); nil or blank for every plan checklist.
    ///   - limit: at most this many checklists of each kind, best fitting first.
    public func planChecklists(for situation: String? = nil, limit: Int = 10) throws -> PlanAnswer {
        let typed = situation?.trimmingCharacters(in: .whitespacesAndNewlines)
        let asked = typed.flatMap(PlanNoun.first(in:)).flatMap { $0 == "plan" ? nil : $0 }
        var answer = PlanAnswer(situation: typed?.isEmpty == false ? typed : nil, terms: [], corrections: [],
                                planAsked: asked, checklists: [], plan: [], tasks: [])
        var candidates = try planCandidates()
        if let typed, !typed.isEmpty {
            let words = PlanSituation.situationWords(try analyze(typed))
            answer.terms = words.map(\.searched)
            answer.corrections = words.filter(\.corrected).map { PlanAnswer.Correction(typed: $0.typed, searched: $0.searched) }
            if !words.isEmpty {
                let situation = PlanSituation(words: words, found: try locate(words))
                let guidelines = Dictionary(candidates.map { ($0.guidelineID, situation.fit(guideline: $0.guidelineID)) },
                                            uniquingKeysWith: { a, _ in a })
                let bestGuideline = guidelines.values.max() ?? 0
                candidates = candidates.filter {
                    let fit = guidelines[$0.guidelineID] ?? 0
                    return fit >= PlanSituation.minimumGuidelineFit && fit >= bestGuideline * PlanSituation.keepShareOfBest
                }
                for i in candidates.indices {
                    candidates[i].fit = situation.fit(checklist: candidates[i].id, article: candidates[i].articleID,
                                                      guideline: candidates[i].guidelineID)
                }
                let best = candidates.compactMap(\.fit).max() ?? 0
                candidates = candidates.filter { ($0.fit ?? 0) > 0 && ($0.fit ?? 0) >= best * PlanSituation.keepShareOfBest }
            }
        }
        // Lists about the plan asked for first, then the best fitting, then corpus order.
        func key(_ c: Candidate) -> (Int, Double, Int) { (c.plan == asked && asked != nil ? 0 : 1, -(c.fit ?? 0), c.order) }
        for topic in [ChecklistTopic.plan, .tasks] {
            let chosen = candidates.filter { $0.topic == topic }.sorted { key($0) < key($1) }.prefix(limit)
            var lists: [[PlanItem]] = []
            for candidate in chosen {
                let number = answer.checklists.count + 1
                let checklist = try planChecklist(candidate, number: number)
                answer.checklists.append(checklist)
                lists.append(try items(of: candidate, checklist: checklist))
            }
            let merged = ItemMerger.merge(lists)
            if topic == .plan { answer.plan = merged } else { answer.tasks = merged }
        }
        return answer
    }

    // MARK: - Rows

    struct Candidate {
        let id: Int
        let articleID: String
        let guidelineID: String
        let topic: ChecklistTopic
        let plan: String?
        let order: Int
        var fit: Double?
    }

    private func planCandidates() throws -> [Candidate] {
        try db.rows("""
            SELECT k.id, k.article_id, a.guideline_id, k.topic, k.plan_kind
            FROM checklists k JOIN articles a ON a.id = k.article_id JOIN chapters c ON c.id = a.chapter_id
            JOIN guidelines g ON g.id = a.guideline_id
            WHERE k.topic = ? OR (k.topic = ? AND k.plan_kind IS NOT NULL)
            ORDER BY g.ordinal, c.number, a.ordinal, k.ordinal
            """, [ChecklistTopic.plan.rawValue, ChecklistTopic.tasks.rawValue]).enumerated().map { order, row in
            Candidate(id: row.int(0) ?? 0, articleID: row.string(1) ?? "", guidelineID: row.string(2) ?? "",
                      topic: try row.value(ChecklistTopic.self, 3), plan: row.string(4), order: order)
        }
    }

    /// For each word, the checklists whose passage holds it, the articles any of whose passages
    /// hold it, and the guidelines whose title does.
    private func locate(_ words: [QueryAnalysis.Word]) throws -> [PlanSituation.Found] {
        let titles = try db.rows("SELECT id, title FROM guidelines").map { ($0.string(0) ?? "", $0.string(1) ?? "") }
        let passages = Double(passageCount)
        return try words.map { word in
            var found = PlanSituation.Found()
            var holding = 0
            for row in try db.rows("""
                SELECT p.checklist_id, p.article_id, a.guideline_id
                FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid JOIN articles a ON a.id = p.article_id
                WHERE passages_fts MATCH ?
                """, [QueryAnalysis.expression(for: word)]) {
                if let checklist = row.int(0) { found.checklists.insert(checklist) }
                if let article = row.string(1) { found.articles.insert(article) }
                if let guideline = row.string(2) { found.anywhere.insert(guideline) }
                holding += 1
            }
            found.rarity = log(1 + passages / Double(max(holding, 1)))
            found.guidelines = Set(titles.filter { PlanSituation.title($0.1, holds: word) }.map(\.0))
            found.anywhere.formUnion(found.guidelines)
            found.guidelineRarity = log(1 + Double(titles.count) / Double(max(found.anywhere.count, 1)))
            return found
        }
    }

    private func planChecklist(_ c: Candidate, number: Int) throws -> PlanChecklist {
        guard let row = try db.firstRow("""
            SELECT k.lead_in, k.first_line, k.last_line, s.kind, s.title, a.id, a.title, a.kind, a.url, a.source_path,
                   c.number, c.title, (SELECT count(*) FROM checklist_items i WHERE i.checklist_id = k.id),
                   (SELECT count(*) FROM checklist_items i WHERE i.checklist_id = k.id AND i.depth = 0)
            FROM checklists k JOIN sections s ON s.id = k.section_id JOIN articles a ON a.id = k.article_id
            JOIN chapters c ON c.id = a.chapter_id WHERE k.id = ?
            """, [c.id]), let guideline = try guidelineSummary(id: c.guidelineID)
        else { throw IndexError.unknownArticle(c.articleID) }
        return PlanChecklist(
            number: number, topic: c.topic, plan: c.plan, leadIn: row.string(0) ?? "", itemCount: row.int(12) ?? 0,
            topLevelItemCount: row.int(13) ?? 0,
            fit: c.fit.map { ($0 * 1000).rounded() / 1000 }, guideline: guideline,
            chapter: ChapterSummary(number: row.int(10) ?? 0, title: row.string(11) ?? ""),
            recommendation: ArticleSummary(id: row.string(5) ?? "", title: row.string(6) ?? "", kind: try row.value(Article.Kind.self, 7)),
            part: try row.value(SectionKind.self, 3), partTitle: row.string(4),
            source: SourceReference(path: row.string(9) ?? "", url: row.string(8) ?? guideline.url,
                                    lines: [row.int(1) ?? 0, row.int(2) ?? 0]))
    }

    /// The checklist's items as a tree, each with its single source.
    private func items(of c: Candidate, checklist: PlanChecklist) throws -> [PlanItem] {
        let rows = try db.rows("""
            SELECT id, parent_id, text, first_line, last_line FROM checklist_items WHERE checklist_id = ? ORDER BY depth, ordinal
            """, [c.id])
        func tree(_ parent: Int?) -> [PlanItem] {
            rows.filter { $0.int(1) == parent }.map { row in
                let text = row.string(2) ?? ""
                let source = PlanItemSource(
                    checklist: checklist.number, text: text, guideline: checklist.guideline,
                    recommendation: checklist.recommendation, part: checklist.part, partTitle: checklist.partTitle,
                    source: SourceReference(path: checklist.source.path, url: checklist.source.url,
                                            lines: [row.int(3) ?? 0, row.int(4) ?? 0]))
                return PlanItem(text: text, sources: [source], items: tree(row.int(0)))
            }
        }
        return tree(nil)
    }
}
