/// A bulleted list with the sentence that introduces it ("Plan for oppfølging bør inneholde …:").
public struct Checklist: Sendable, Hashable, Codable {
    public var leadIn: String
    public var items: [ChecklistItem]
    public var source: SourceSpan
    /// What it is about, from its lead-in (set by the indexer's structure pass).
    public var topic: ChecklistTopic
    /// The plan it is about ("individuell plan", "behandlingsplan"): the one whose content it
    /// lists, or for a role's tasks the plan the role makes; nil when it names none.
    public var plan: String?

    public init(leadIn: String, items: [ChecklistItem], source: SourceSpan, topic: ChecklistTopic = .other,
                plan: String? = nil) {
        self.leadIn = leadIn
        self.items = items
        self.source = source
        self.topic = topic
        self.plan = plan
    }

    /// Lead-in followed by one "• item" line per item, nested items indented.
    public var text: String {
        ([leadIn] + items.flatMap { $0.lines(depth: 0) }).joined(separator: "\n")
    }

    /// Number of items at every depth.
    public var itemCount: Int { items.reduce(0) { $0 + 1 + $1.descendantCount } }
}

public struct ChecklistItem: Sendable, Hashable, Codable {
    public var text: String
    public var items: [ChecklistItem]
    public var source: SourceSpan

    public init(text: String, items: [ChecklistItem] = [], source: SourceSpan) {
        self.text = text
        self.items = items
        self.source = source
    }

    public var descendantCount: Int { items.reduce(0) { $0 + 1 + $1.descendantCount } }

    /// This item's text and its descendants', in reading order.
    public var allTexts: [String] { [text] + items.flatMap(\.allTexts) }

    func lines(depth: Int) -> [String] {
        [String(repeating: "  ", count: depth) + "• " + text] + items.flatMap { $0.lines(depth: depth + 1) }
    }
}
