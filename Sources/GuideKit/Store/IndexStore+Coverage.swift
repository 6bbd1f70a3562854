/// How much of one guideline the index holds, for `CoverageQuestion`.
public struct GuidelineCounts: Sendable, Hashable {
    public var guidelineID: String
    public var recommendations: Int
    public var textPages: Int
    public var passages: Int
}

extension IndexStore {
    /// Per guideline, in corpus order: its recommendations, text pages and passages.
    public func guidelineCounts() throws -> [GuidelineCounts] {
        try db.rows("""
            SELECT g.id AS id,
                   (SELECT count(*) FROM articles a WHERE a.guideline_id = g.id AND a.kind = ?) AS recommendations,
                   (SELECT count(*) FROM articles a WHERE a.guideline_id = g.id AND a.kind = ?) AS text_pages,
                   (SELECT count(*) FROM passages p JOIN articles a ON a.key = p.article WHERE a.guideline_id = g.id) AS passages
            FROM guidelines g ORDER BY g.ordinal
            """, [Article.Kind.recommendation.rawValue, Article.Kind.text.rawValue]).map { row in
            GuidelineCounts(guidelineID: try row.text("id"), recommendations: try row.int("recommendations"),
                            textPages: try row.int("text_pages"), passages: try row.int("passages"))
        }
    }
}
