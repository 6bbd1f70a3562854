/// How binding a sentence is, read from the word that carries it ("skal", "bør", "kan" …).
/// Raw values are the JSON vocabulary and what the index stores.
public enum Norm: String, Sendable, Hashable, Codable, CaseIterable {
    /// A duty in law or regulation: "skal", "må", "plikter", "har plikt/rett til", "er pålagt", "kreves".
    case obligation
    /// A strong recommendation: "bør", "anbefaler/anbefales", "rådes", Nynorsk "tilrår".
    case recommendation
    /// An option: "kan" governing an action, "foreslår", "kan vurdere".
    case option
    /// Description, reasoning or a question: no norm.
    case none

    /// Strongest first: which cue wins when a sentence holds several.
    public var rank: Int {
        switch self {
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
