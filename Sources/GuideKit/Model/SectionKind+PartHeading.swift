/// The Norwegian heading a part is known by, from its kind and its own title: what answers name a
/// part with (`guide role` tasks carry it in JSON) and what every renderer shows above one.
extension SectionKind {
    public func partHeading(title: String?) -> String {
        switch self {
        case .recommendation: title ?? "Anbefaling"
        case .practical: title ?? "Praktisk"
        case .rationale:
            if let title { title.lowercased().hasPrefix("begrunnelse") ? title : "Begrunnelse: \(title)" } else { "Begrunnelse" }
        case .checklist: "Sjekkliste" + (title.map { " (\($0))" } ?? "")
        case .references: title ?? "Referanser"
        case .other: title ?? "Tekst"
        }
    }
}
