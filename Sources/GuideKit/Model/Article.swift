/// The unit a user looks up and cites: one recommendation (anbefaling / råd), or a text page
/// that is not advice (e.g. "Metode og prosess").
public struct Article: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An anbefaling or råd: a titled statement of advice.
        case recommendation
        /// Informative text with no advice of its own.
        case text
    }

    /// Stable identifier "<guideline-id>/<chapter>.<n>", assigned after reading.
    public var id: String
    public var kind: Kind
    public var title: String
    /// The article's own web address, when known (else the guideline's address is the source).
    public var url: String?
    /// Parts in reading order: statement, "Praktisk", "Begrunnelse", sub-headed parts, references.
    public var sections: [Section]
    /// Links found in or attached to this article's text.
    public var links: [Link]
    /// Acts and regulations the article rests on, filled in after reading.
    public var legalReferences: [LegalReference]
    /// Literature the article cites (one entry per reference).
    public var literature: [LiteratureReference]
    public var source: SourceSpan
    /// Every sentence with its norm and roles (title first), filled in after reading.
    public var statements: [NormativeStatement] = []

    public init(id: String = "", kind: Kind = .recommendation, title: String, url: String? = nil, sections: [Section] = [],
                links: [Link] = [], legalReferences: [LegalReference] = [],
                literature: [LiteratureReference] = [], source: SourceSpan) {
        self.id = id
        self.kind = kind
        self.title = title
        self.url = url
        self.sections = sections
        self.links = links
        self.legalReferences = legalReferences
        self.literature = literature
        self.source = source
    }

    /// Every checklist in reading order, with the section it stands in.
    public var checklists: [(section: Section, checklist: Checklist)] {
        sections.flatMap { section in section.checklists.map { (section, $0) } }
    }

    /// The strength the title expresses ("X bør …" → recommendation). A title without a norm
    /// ("Tiamin til alle som avrusses fra alkohol", under a "Svak anbefaling" label) takes the
    /// first norm of the statement itself. Nil for a text page.
    public var strength: NormativeStatement? {
        Self.strength(kind: kind, of: statements, unit: \.unit, norm: \.norm) { s in
            s.section.map { sections.indices.contains($0) && sections[$0].kind == .recommendation } == true
        }
    }

    /// The strength rule, for statements however they are held (the model's, or an index's rows,
    /// in reading order): the title's norm, else the first norm of a sentence of the statement part
    /// (`inStatementPart`); nil for a text page or when neither carries one.
    public static func strength<Statement>(kind: Kind, of statements: [Statement], unit: (Statement) -> NormativeStatement.Unit,
                                           norm: (Statement) -> Norm, inStatementPart: (Statement) -> Bool) -> Statement? {
        guard kind == .recommendation else { return nil }
        return statements.first { unit($0) == .title && norm($0) != .none }
            ?? statements.first { norm($0) != .none && unit($0) == .sentence && inStatementPart($0) }
    }
}
