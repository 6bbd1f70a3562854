/// `guide plan`: what a plan should contain for a situation — the plan checklists that fit, their
/// items merged (the same point said in several lists is one item with several sources), and the
/// tasks of the roles that make the plan.
public struct PlanAnswer: Sendable, Codable {
    public struct Correction: Sendable, Hashable, Codable {
        public var typed: String
        public var searched: String
    }

    /// The situation as typed; nil when none was given (then every plan checklist is used).
    @Nullable public var situation: String?
    /// The situation's words that were matched (the plan question's own words, like "planen" or
    /// "inneholde", are left out: every checklist here answers it).
    public var terms: [String]
    public var corrections: [Correction]
    /// The plan the situation names ("behandlingsplan"); lists about it come first.
    @Nullable public var planAsked: String?
    /// Every checklist used, numbered from 1 in the order shown: plan lists, then task lists.
    public var checklists: [PlanChecklist]
    /// What the plan should contain: the items of the `plan` checklists, merged, nesting kept.
    public var plan: [PlanItem]
    /// What the roles that make or keep the plan do: the items of `tasks` checklists that name a plan.
    public var tasks: [PlanItem]
}

/// One checklist an answer draws on, with where it stands.
public struct PlanChecklist: Sendable, Codable {
    /// Its number in the answer, as item sources refer to it.
    public var number: Int
    /// plan or tasks.
    public var topic: ChecklistTopic
    /// The plan it is about, as its lead-in (or for tasks, its items or statement) names it.
    @Nullable public var plan: String?
    public var leadIn: String
    /// Items at every depth, and those not nested under another.
    public var itemCount: Int
    public var topLevelItemCount: Int
    /// How well it fits the situation (0–1); nil without a situation.
    @Nullable public var fit: Double?
    public var guideline: GuidelineSummary
    public var chapter: ChapterSummary
    public var recommendation: ArticleSummary
    /// The part it stands in: recommendation, practical, rationale or other, with its heading.
    public var part: SectionKind
    @Nullable public var partTitle: String?
    /// File, lines of the checklist (lead-in to last item) and the recommendation's address.
    public var source: SourceReference
}

/// A point of a plan (or a task), merged across checklists, with every place it is said.
public struct PlanItem: Sendable, Codable {
    /// The wording of its first source.
    public var text: String
    public var sources: [PlanItemSource]
    /// Sub-items, merged the same way.
    public var items: [PlanItem]
}

/// Where one wording of a merged item stands.
public struct PlanItemSource: Sendable, Codable {
    /// The number of its checklist in `PlanAnswer.checklists`.
    public var checklist: Int
    /// The item as worded there.
    public var text: String
    public var guideline: GuidelineSummary
    public var recommendation: ArticleSummary
    public var part: SectionKind
    @Nullable public var partTitle: String?
    /// File and lines of the item itself.
    public var source: SourceReference
}
