import GuideKit

/// Gives every checklist its topic and the plan it is about (`ChecklistClassifier`), reading its
/// lead-in, the heading of the part it stands in, its items and the recommendation's statement.
/// Runs after `ChecklistLeadIns`, so the lead-in is the introducing sentence alone.
enum ChecklistTopics {
    static func apply(_ guideline: inout Guideline) {
        for c in guideline.chapters.indices {
            for a in guideline.chapters[c].articles.indices {
                let article = guideline.chapters[c].articles[a]
                let statement = article.sections.filter { $0.kind == .recommendation }
                    .flatMap(\.paragraphs).map(\.text).joined(separator: "\n")
                for s in article.sections.indices {
                    let heading = article.sections[s].title
                    guideline.chapters[c].articles[a].sections[s].blocks = article.sections[s].blocks.map { block in
                        guard case .checklist(var checklist) = block else { return block }
                        let result = ChecklistClassifier.classify(
                            leadIn: checklist.leadIn, heading: heading, topItems: checklist.items.map(\.text),
                            items: checklist.items.flatMap(\.allTexts), statement: statement)
                        checklist.topic = result.topic
                        checklist.plan = result.plan
                        return .checklist(checklist)
                    }
                }
            }
        }
    }
}
