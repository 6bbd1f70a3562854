/// One sentence of an article (its title, a sentence of a part, a checklist lead-in or item) with
/// the norm it carries and the roles it names. Filled in by the indexer after reading.
public struct NormativeStatement: Sendable, Hashable, Codable {
    /// Where in the article the sentence stands. Raw values are stored in the index.
    public enum Unit: String, Sendable, Hashable, Codable {
        case title
        case sentence
        case leadIn = "lead_in"
        case item
    }

    public var unit: Unit
    /// Index of the section in `Article.sections`; nil for the title.
    public var section: Int?
    /// Index of the checklist among the article's checklists (reading order), for lead-ins and items.
    public var checklist: Int?
    /// The item's place among the checklist's items in reading order (nested items included).
    public var item: Int?
    public var text: String
    /// Where the sentence stands in its section's text (the title's in the title), in Unicode scalars.
    public var start: Int
    public var end: Int
    public var norm: Norm
    /// Nil when the norm is `none`.
    public var direction: NormDirection?
    public var cue: NormCue?
    public var roles: [RoleMention]
    public var source: SourceSpan

    public init(unit: Unit, section: Int? = nil, checklist: Int? = nil, item: Int? = nil, text: String,
                start: Int, end: Int, norm: Norm, direction: NormDirection?, cue: NormCue?,
                roles: [RoleMention] = [], source: SourceSpan) {
        self.unit = unit
        self.section = section
        self.checklist = checklist
        self.item = item
        self.text = text
        self.start = start
        self.end = end
        self.norm = norm
        self.direction = direction
        self.cue = cue
        self.roles = roles
        self.source = source
    }
}

/// A role named in a sentence, under its canonical name ("fastlegen" → "fastlege"); `actor` when
/// the role is the one to act (subject of the norm, or named by a task list's lead-in).
public struct RoleMention: Sendable, Hashable, Codable {
    public var role: String
    /// The words as written, and where they stand in the sentence (Unicode scalars).
    public var text: String
    public var start: Int
    public var end: Int
    public var actor: Bool

    public init(role: String, text: String, start: Int, end: Int, actor: Bool) {
        self.role = role
        self.text = text
        self.start = start
        self.end = end
        self.actor = actor
    }
}
