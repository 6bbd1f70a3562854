import Foundation

/// `guide export`: course material — the recommendations a selection names or finds, in guideline
/// order, each with its parts as paragraphs and checklists, and one citation per guideline. The
/// request is the `HandoutSelection`.
extension HandoutSelection: Question {
    public func answer(in store: IndexStore) throws -> Handout {
        var ids: [String] = []
        var words: [String] = []
        for argument in arguments {
            if Self.looksLikeID(argument) {
                ids.append(try ArticleID.resolve(argument, in: store))
            } else if let id = try? ArticleID.resolve(argument, in: store) {
                ids.append(id)
            } else {
                words.append(argument)
            }
        }
        let query = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        var selected = ids
        var topic: HandoutTopic?
        if !query.isEmpty {
            let hits = try SearchQuestion(query, limit: max(limit * 3, 30)).answer(in: store).results
            selected += Self.cut(hits, limit: limit).compactMap { $0.recommendation?.id }
            if !whole { topic = try HandoutTopic(query, in: store) }
        }
        let named = Set(ids)
        var seen = Set<String>()
        let ordered = try store.inCorpusOrder(selected.filter { seen.insert($0).inserted })
        guard !ordered.isEmpty else { throw HandoutError.nothingSelected(query: query) }

        var references: [HandoutReference] = []
        var recommendations: [HandoutRecommendation] = []
        for id in ordered {
            let article = try RecommendationQuestion(id: id).answer(in: store)
            let number: Int
            if let existing = references.first(where: { $0.guideline.id == article.guideline.id }) {
                number = existing.number
            } else {
                number = references.count + 1
                let citation = GuidelineCitation(article.guideline)
                references.append(HandoutReference(number: number, guideline: article.guideline, citation: citation.text,
                                                   parts: citation))
            }
            // Found by the topic: the parts that answer it; named by id: whole.
            let cut = named.contains(id) ? nil : try topic?.cut(of: id, in: store)
            recommendations.append(HandoutRecommendation(article, reference: number, includeRationale: includeRationale, cut: cut))
        }
        // Never the query by default: a handout is written to disk, and queries may describe patients.
        let guidelineTitle = references.count == 1 ? references[0].guideline.title : nil
        let title = title?.trimmingCharacters(in: .whitespaces).nonEmpty
            ?? guidelineTitle ?? "Utvalgte råd fra \(references.count) retningslinjer og veiledere"
        return Handout(title: title, requestedIDs: ids,
                       includesRationale: includeRationale, created: created,
                       recommendations: recommendations, references: references)
    }
}

extension HandoutRecommendation {
    /// `cut`: the parts to take (the statement always); nil for the whole recommendation.
    init(_ article: ArticleDetail, reference: Int, includeRationale: Bool, cut: HandoutCut? = nil) {
        let wanted: Set<SectionKind> = [.recommendation, .practical, .other, .checklist]
        let parts = article.sections.enumerated()
            .filter { wanted.contains($0.element.kind) || (includeRationale && $0.element.kind == .rationale) }
            .compactMap { index, section -> HandoutPart? in
                let blocks = HandoutBlock.blocks(of: section.text)
                guard let kept = cut.map({ $0.kept(blocks, section: index, kind: section.kind) }) ?? blocks else { return nil }
                return HandoutPart(kind: section.kind, title: section.title, blocks: kept, lines: section.lines)
            }
            .filter { !$0.blocks.isEmpty }
        self.init(id: article.id, title: article.title, kind: article.kind, guideline: article.guideline,
                  chapter: article.chapter, hearingDraft: HearingDraftNotice.text(for: article.guideline), parts: parts,
                  whole: cut == nil, legalReferences: article.legalReferences, source: article.source, reference: reference)
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
