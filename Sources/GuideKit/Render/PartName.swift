/// The Norwegian name of a part, as shown to users.
enum PartName {
    static func of(kind: String, title: String?) -> String {
        switch SectionKind(rawValue: kind) {
        case .recommendation: return title ?? "Anbefaling"
        case .practical: return title ?? "Praktisk"
        case .rationale:
            guard let title else { return "Begrunnelse" }
            return title.lowercased().hasPrefix("begrunnelse") ? title : "Begrunnelse: \(title)"
        case .checklist: return "Sjekkliste" + (title.map { " (\($0))" } ?? "")
        case .references: return title ?? "Referanser"
        case .other, nil: return title ?? "Tekst"
        }
    }
}
