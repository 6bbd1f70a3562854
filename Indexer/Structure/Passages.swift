import GuideKit

/// The passages search ranks, from the finished model: for each section in reading order, its
/// paragraphs as one passage (when it has any), then each of its checklists as one. This is the
/// order the index numbers passages in; the writer asks an article at a time, so only one
/// article's passages are held at once.
public enum Passages {
    public static func of(_ guideline: Guideline) -> [Passage] {
        guideline.articles.flatMap(of)
    }

    public static func of(_ article: Article) -> [Passage] {
        var passages: [Passage] = []
        var checklist = 0
        for (index, section) in article.sections.enumerated() {
            let heading = Passage.heading(articleTitle: article.title, sectionTitle: section.title)
            let prose = section.paragraphs.map(\.text).joined(separator: "\n\n")
            if !prose.isEmpty {
                passages.append(Passage(articleID: article.id, section: index, checklist: nil, kind: section.kind,
                                        heading: heading, text: prose, source: section.source))
            }
            for list in section.checklists {
                passages.append(Passage(articleID: article.id, section: index, checklist: checklist, kind: .checklist,
                                        heading: heading, text: list.text, source: list.source))
                checklist += 1
            }
        }
        return passages
    }
}
