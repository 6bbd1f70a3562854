import GuideKit

/// Gives every article a stable id "<guideline-id>/<chapter>.<n>" (1-based), so `guide show`
/// can name it and the id survives re-indexing as long as the document's structure does.
enum ArticleIdentifiers {
    static func assign(_ guideline: inout Guideline) {
        for c in guideline.chapters.indices {
            guideline.chapters[c].number = c + 1
            for a in guideline.chapters[c].articles.indices {
                guideline.chapters[c].articles[a].id = "\(guideline.id)/\(c + 1).\(a + 1)"
            }
        }
    }
}
