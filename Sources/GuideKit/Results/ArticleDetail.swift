/// A whole recommendation (or text page), as `guide show` prints it.
public struct ArticleDetail: Sendable, Codable {
    public struct SectionText: Sendable, Hashable, Codable {
        @Nullable public var title: String?
        public var kind: SectionKind
        public var text: String
        public var lines: [Int]
        /// Each sentence, checklist lead-in and item of `text`, with its norm and roles.
        public var statements: [StatementSummary] = []
    }

    public struct ChecklistDetail: Sendable, Hashable, Codable {
        /// The lead-in sentence.
        public var title: String
        /// Title of the section it stands in.
        @Nullable public var section: String?
        public var items: [Item]
        public var lines: [Int]
        /// What it is about: plan, tasks, questions, assessment or other.
        public var topic: ChecklistTopic
        /// The plan it is about ("individuell plan"), when it names one.
        @Nullable public var plan: String?
    }

    public struct Item: Sendable, Hashable, Codable {
        public var text: String
        public var items: [Item]
    }

    public struct LinkDetail: Sendable, Hashable, Codable {
        @Nullable public var text: String?
        public var url: String
    }

    public var id: String
    public var kind: Article.Kind
    public var title: String
    public var guideline: GuidelineSummary
    public var chapter: ChapterSummary
    public var sections: [SectionText]
    public var checklists: [ChecklistDetail]
    public var legalReferences: [LegalReferenceSummary]
    public var links: [LinkDetail]
    public var literature: [String]
    public var source: SourceReference
    /// The norm the title carries; null for a text page.
    @Nullable public var strength: Strength? = nil
}
