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
        if !query.isEmpty {
            let hits = try SearchQuestion(query, limit: max(limit * 3, 30)).answer(in: store).results
            selected += Self.cut(hits, limit: limit).compactMap { $0.recommendation?.id }
        }
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
            recommendations.append(HandoutRecommendation(article, reference: number, includeRationale: includeRationale))
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
    init(_ article: ArticleDetail, reference: Int, includeRationale: Bool) {
        let wanted: Set<SectionKind> = [.recommendation, .practical, .other, .checklist]
        let parts = article.sections
            .filter { wanted.contains($0.kind) || (includeRationale && $0.kind == .rationale) }
            .map { HandoutPart(kind: $0.kind, title: $0.title, blocks: HandoutBlock.blocks(of: $0.text), lines: $0.lines) }
            .filter { !$0.blocks.isEmpty }
        self.init(id: article.id, title: article.title, kind: article.kind, guideline: article.guideline,
                  chapter: article.chapter, hearingDraft: HearingDraftNotice.text(for: article.guideline), parts: parts,
                  legalReferences: article.legalReferences, source: article.source, reference: reference)
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
