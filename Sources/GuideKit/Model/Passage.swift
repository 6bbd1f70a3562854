/// What search ranks: a section's paragraphs (without its checklists), or one checklist, under
/// the heading of the section it stands in. Made from a guideline by the indexer's `Passages` pass,
/// in the order the index numbers them; FTS5 and the posting lists index heading and text.
public struct Passage: Sendable, Hashable {
    public var articleID: String
    /// Index of the section in `Article.sections`.
    public var section: Int
    /// Index of the checklist among the article's checklists (reading order, as
    /// `NormativeStatement.checklist` counts them), for a checklist's passage.
    public var checklist: Int?
    /// The section's kind, or `.checklist` for a checklist's passage.
    public var kind: SectionKind
    /// `heading(articleTitle:sectionTitle:)` of the article and the section.
    public var heading: String
    public var text: String
    /// The whole section for its paragraphs, the checklist for a checklist.
    public var source: SourceSpan

    public init(articleID: String, section: Int, checklist: Int?, kind: SectionKind, heading: String, text: String,
                source: SourceSpan) {
        self.articleID = articleID
        self.section = section
        self.checklist = checklist
        self.kind = kind
        self.heading = heading
        self.text = text
        self.source = source
    }

    /// The heading of every passage of a section: the article's title and the section's, if it has one.
    public static func heading(articleTitle: String, sectionTitle: String?) -> String {
        guard let sectionTitle else { return articleTitle }
        return articleTitle + " — " + sectionTitle
    }
}
