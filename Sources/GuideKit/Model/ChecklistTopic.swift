/// What a checklist is about, read from its lead-in: what a plan should contain, a role's tasks,
/// questions to explore with the patient, what an assessment covers, or something else.
/// Raw values are the JSON vocabulary.
public enum ChecklistTopic: String, Sendable, Hashable, Codable, CaseIterable {
    /// What a plan (individuell plan, behandlingsplan, kriseplan …) should contain.
    case plan
    /// A role's tasks or responsibilities ("Oppgaver for koordinator kan være å:").
    case tasks
    /// Things to explore or ask ("Utforsk situasjonen sammen med pasienten:").
    case questions
    /// What an assessment, survey or examination covers ("Kartleggingen bør omfatte:").
    case assessment
    case other

    /// The Norwegian name shown to users.
    public var label: String {
        switch self {
        case .plan: "innhold i plan"
        case .tasks: "oppgaver"
        case .questions: "spørsmål å utforske"
        case .assessment: "vurdering og kartlegging"
        case .other: "annet"
        }
    }
}
