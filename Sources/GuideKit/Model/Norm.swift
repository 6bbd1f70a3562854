/// How binding a sentence is, read from the word that carries it ("skal", "bør", "kan" …), and
/// for a duty whether the text gives its legal basis. Raw values are the JSON vocabulary and what
/// the index stores.
public enum Norm: String, Sendable, Hashable, Codable, CaseIterable {
    /// A duty whose legal basis the text cites: a "skal", "må", "plikter" … sentence that names a
    /// provision of an act or regulation ("jf. helsepersonelloven § 10a"), or a title whose
    /// recommendation cites one.
    case legalDuty = "legal_duty"
    /// "skal", "må", "plikter", "har plikt/rett til", "er pålagt", "kreves" without a legal basis
    /// cited: the guideline says it must be done, but not which law requires it.
    case obligation
    /// A strong recommendation: "bør", "anbefaler/anbefales", "rådes", Nynorsk "tilrår".
    case recommendation
    /// An option: "kan" governing an action, "foreslår", "kan vurdere".
    case option
    /// Description, reasoning or a question: no norm.
    case none

    /// "skal"/"må", with or without a legal basis cited: what `guide search --must` keeps.
    public var isDuty: Bool { self == .legalDuty || self == .obligation }

    /// Strongest first: which cue wins when a sentence holds several.
    public var rank: Int {
        switch self {
        case .legalDuty: 4
        case .obligation: 3
        case .recommendation: 2
        case .option: 1
        case .none: 0
        }
    }
}

/// Whether the norm asks for the action or against it ("skal ikke", "bør ikke", "frarådes").
public enum NormDirection: String, Sendable, Hashable, Codable {
    case `for`
    case against
}

/// The words that carry a norm, with their place in the sentence in Unicode scalars (as `Snippet`).
public struct NormCue: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}
