/// A part of an article: the statement, "Praktisk – slik kan rådet følges",
/// "Begrunnelse – dette er rådet basert på", a sub-headed part, or the reference list.
public struct Section: Sendable, Hashable, Codable {
    /// The heading as written; nil for the statement that opens an article.
    public var title: String?
    public var kind: SectionKind
    public var blocks: [Block]
    public var source: SourceSpan

    public init(title: String? = nil, kind: SectionKind, blocks: [Block] = [], source: SourceSpan) {
        self.title = title
        self.kind = kind
        self.blocks = blocks
        self.source = source
    }

    public var paragraphs: [Paragraph] {
        blocks.compactMap { if case .paragraph(let p) = $0 { p } else { nil } }
    }

    public var checklists: [Checklist] {
        blocks.compactMap { if case .checklist(let c) = $0 { c } else { nil } }
    }

    /// The whole text, checklists included as indented "• " lines.
    public var text: String {
        blocks.map(\.text).joined(separator: "\n\n")
    }
}

/// What role a section plays in its article. Raw values are the JSON vocabulary.
public enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The statement of the recommendation itself.
    case recommendation
    /// "Praktisk – slik kan rådet følges".
    case practical
    /// "Begrunnelse – dette er rådet basert på".
    case rationale
    /// A checklist, when reported as a passage of its own.
    case checklist
    /// Literature references.
    case references
    /// Any other titled part.
    case other
}

/// A paragraph or a checklist, in reading order.
public enum Block: Sendable, Hashable, Codable {
    case paragraph(Paragraph)
    case checklist(Checklist)

    public var text: String {
        switch self {
        case .paragraph(let p): p.text
        case .checklist(let c): c.text
        }
    }

    public var source: SourceSpan {
        switch self {
        case .paragraph(let p): p.source
        case .checklist(let c): c.source
        }
    }
}

public struct Paragraph: Sendable, Hashable, Codable {
    public var text: String
    public var source: SourceSpan

    public init(text: String, source: SourceSpan) {
        self.text = text
        self.source = source
    }
}
