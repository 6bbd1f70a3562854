import Foundation

/// `guide plan`: the checklists that say what a plan should contain (topic `plan`), and the task
/// lists of the roles that make the plan (topic `tasks` naming a plan in their lead-in, items or
/// statement), for a situation or for the whole corpus; items merged by `ItemMerger`. Which lists
/// fit a situation, and how well, is `PlanSituation`'s rule.
public struct PlanQuestion: Question, Sendable, Hashable {
    /// Plain Norwegian ("ME/CFS, helsehjelp i hjemmet"); nil or blank for every plan checklist.
    public var situation: String?
    /// At most this many checklists of each kind, best fitting first.
    public var limit: Int

    public init(situation: String? = nil, limit: Int = 10) {
        self.situation = situation
        self.limit = limit
    }

    public func answer(in store: IndexStore) throws -> PlanAnswer {
        let typed = situation?.trimmingCharacters(in: .whitespacesAndNewlines)
        let asked = typed.flatMap(PlanNoun.first(in:)).flatMap { $0 == "plan" ? nil : $0 }
        var answer = PlanAnswer(situation: typed?.isEmpty == false ? typed : nil, terms: [], corrections: [],
                                planAsked: asked, checklists: [], plan: [], tasks: [])
        var candidates = try store.checklists(topics: [.plan], topicsNamingAPlan: [.tasks]).enumerated().map { order, found in
            Candidate(checklist: found.checklist, guidelineID: found.guidelineID, order: order)
        }
        if let typed, !typed.isEmpty {
            let words = PlanSituation.situationWords(try QueryAnalyzer(store: store).analyze(typed))
            answer.terms = words.map(\.searched)
            answer.corrections = words.filter(\.corrected).map { PlanAnswer.Correction(typed: $0.typed, searched: $0.searched) }
            if !words.isEmpty {
                let situation = PlanSituation(words: words, found: try locate(words, in: store))
                let guidelines = Dictionary(candidates.map { ($0.guidelineID, situation.fit(guideline: $0.guidelineID)) },
                                            uniquingKeysWith: { a, _ in a })
                let bestGuideline = guidelines.values.max() ?? 0
                candidates = candidates.filter {
                    let fit = guidelines[$0.guidelineID] ?? 0
                    return fit >= PlanSituation.minimumGuidelineFit && fit >= bestGuideline * PlanSituation.keepShareOfBest
                }
                for i in candidates.indices {
                    candidates[i].fit = situation.fit(checklist: candidates[i].id, article: candidates[i].checklist.articleID,
                                                      guideline: candidates[i].guidelineID)
                }
                let best = candidates.compactMap(\.fit).max() ?? 0
                candidates = candidates.filter { ($0.fit ?? 0) > 0 && ($0.fit ?? 0) >= best * PlanSituation.keepShareOfBest }
            }
        }
        // Lists about the plan asked for first, then the best fitting, then corpus order.
        func key(_ c: Candidate) -> (Int, Double, Int) { (c.checklist.plan == asked && asked != nil ? 0 : 1, -(c.fit ?? 0), c.order) }
        for topic in [ChecklistTopic.plan, .tasks] {
            let chosen = candidates.filter { $0.checklist.topic == topic }.sorted { key($0) < key($1) }.prefix(limit)
            var lists: [[PlanItem]] = []
            for candidate in chosen {
                let items = try store.items(checklistID: candidate.id)
                let checklist = try planChecklist(candidate, number: answer.checklists.count + 1, items: items, in: store)
                answer.checklists.append(checklist)
                lists.append(tree(items, checklist: checklist))
            }
            let merged = ItemMerger.merge(lists)
            if topic == .plan { answer.plan = merged } else { answer.tasks = merged }
        }
        return answer
    }

    private struct Candidate {
        let checklist: ChecklistRecord
        let guidelineID: String
        let order: Int
        var fit: Double?

        var id: Int { checklist.id ?? 0 }
    }

    /// For each word, the checklists whose passage holds it, the articles any of whose passages
    /// hold it, and the guidelines whose title does: matched as search matches (`WordOccurrences`).
    private func locate(_ words: [QueryAnalysis.Word], in store: IndexStore) throws -> [PlanSituation.Found] {
        let occurrences = try WordOccurrences(QueryAnalysis(words: words), in: store)
        let holding = words.indices.map(occurrences.passages(holding:))
        let places = try store.passagePlaces(ids: Array(Set(holding.joined())))
        let titles = try store.guidelines().map { ($0.id, WordOccurrences.terms(of: $0.title)) }
        return try words.indices.map { w in
            var found = PlanSituation.Found()
            for passage in holding[w] {
                guard let place = places[passage] else {
                    throw IndexError.unreadable(path: store.path, reason: "the posting lists name passage \(passage), which is not there")
                }
                if let checklist = place.checklistID { found.checklists.insert(checklist) }
                found.articles.insert(place.articleID)
                found.anywhere.insert(place.guidelineID)
            }
            found.rarity = PlanSituation.rarity(holding: holding[w].count, of: store.passageCount)
            found.guidelines = Set(titles.filter { occurrences.terms($0.1, hold: w) }.map(\.0))
            found.anywhere.formUnion(found.guidelines)
            found.guidelineRarity = PlanSituation.rarity(holding: found.anywhere.count, of: titles.count)
            return found
        }
    }

    private func planChecklist(_ c: Candidate, number: Int, items: [ChecklistItemRecord], in store: IndexStore) throws -> PlanChecklist {
        guard let section = try store.section(id: c.checklist.sectionID), let article = try store.article(id: c.checklist.articleID),
              let chapter = try store.chapter(id: article.chapterID), let guideline = try store.guideline(id: c.guidelineID)
        else { throw IndexError.unknownArticle(c.checklist.articleID) }
        return PlanChecklist(
            number: number, topic: c.checklist.topic, plan: c.checklist.plan, leadIn: c.checklist.leadIn,
            itemCount: items.count, topLevelItemCount: items.filter { $0.depth == 0 }.count,
            fit: c.fit.map { ($0 * 1000).rounded() / 1000 }, guideline: GuidelineSummary(guideline),
            chapter: ChapterSummary(chapter), recommendation: ArticleSummary(article),
            part: section.kind, partTitle: section.title,
            source: SourceReference(path: article.sourcePath, url: article.url ?? guideline.url,
                                    lines: [c.checklist.firstLine, c.checklist.lastLine]))
    }

    /// The checklist's items as a tree, each with its single source.
    private func tree(_ items: [ChecklistItemRecord], checklist: PlanChecklist) -> [PlanItem] {
        ChecklistTree.nested(items) { item, children in
            let source = PlanItemSource(
                checklist: checklist.number, text: item.text, guideline: checklist.guideline,
                recommendation: checklist.recommendation, part: checklist.part, partTitle: checklist.partTitle,
                source: SourceReference(path: checklist.source.path, url: checklist.source.url, lines: [item.firstLine, item.lastLine]))
            return PlanItem(text: item.text, sources: [source], items: children)
        }
    }
}
