/// Whether a cited act is a law (lov) or a regulation (forskrift), as the index's copy of the act
/// registry records it. Raw values are the JSON vocabulary and what the index stores.
public enum ActKind: String, Sendable, Hashable, Codable, CaseIterable {
    case law
    case regulation
    /// An act the index's registry copy does not describe (cited, but not in the registry).
    case unknown
}
