/// A bulleted list with the sentence that introduces it ("Plan for oppfølging bør inneholde …:").
public struct Checklist: Sendable, Hashable, Codable {
    public var leadIn: String
    public var items: [ChecklistItem]
    public var source: SourceSpan

    public init(leadIn: String, items: [ChecklistItem], source: SourceSpan) {
        self.leadIn = leadIn
        self.items = items
        self.source = source
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

    func lines(depth: Int) -> [String] {
        [String(repeating: "  ", count: depth) + "• " + text] + items.flatMap { $0.lines(depth: depth + 1) }
    }
}
