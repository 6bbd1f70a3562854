/// The fixed Norwegian wording of a handout, shared by its Markdown and HTML renderings.
enum HandoutText {
    /// After the notice: a draft is not advice in force, whether its hearing is open or closed.
    static func draftNotice(_ guideline: GuidelineSummary) -> String {
        guideline.hearingClosed == true ? "teksten er et høringsutkast, ikke gjeldende råd."
            : "teksten er et utkast på høring, ikke gjeldende råd."
    }

    static func draftWarning(_ guideline: GuidelineSummary) -> String {
        guideline.hearingClosed == true
            ? "«\(guideline.title)» er et utkast som var på høring. Rådene er ikke gjeldende og kan være endret i en endelig versjon."
            : "«\(guideline.title)» er et utkast sendt på høring. Rådene er ikke gjeldende og kan bli endret."
    }

    /// Under a recommendation cut to its topic: that it is an excerpt, and where the whole is.
    static func excerptNote(_ r: HandoutRecommendation) -> String? {
        r.whole ? nil : "Utdrag: anbefalingen og de delene som svarer på emnet. Hele rådet: guide show \(r.id)"
            + (r.source.url.map { " eller \($0)" } ?? "")
    }

    /// "Kursmateriell · 4 råd fra 2 kilder · laget 23. november 2026".
    static func subtitle(_ handout: Handout) -> String {
        let count = handout.recommendations.count
        let sources = handout.references.count
        var parts = ["Kursmateriell",
                     "\(count) råd fra \(sources) \(sources == 1 ? "kilde" : "kilder")"]
        if handout.includesRationale { parts.append("med begrunnelser") }
        if let created = handout.created { parts.append("laget \(created)") }
        return parts.joined(separator: " · ")
    }

    /// The heading a part is shown under; nil for the statement that opens a recommendation.
    static func heading(of part: HandoutPart) -> String? {
        if part.kind == .recommendation, part.title == nil { return nil }
        return part.kind.partHeading(title: part.title)
    }
}
