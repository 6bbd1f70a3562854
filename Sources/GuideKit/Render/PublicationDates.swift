/// A guideline's dates as the publisher words them, when its source gives them (the content API's
/// `forstPublisert` and `sistFagligOppdatert`): nothing is shown for a text that states none.
enum PublicationDates {
    /// "Først publisert 25. september 2019 · Sist faglig oppdatert 3. mars 2020", for `guide show`.
    static func full(_ g: GuidelineSummary) -> String? {
        let parts = [g.firstPublished.map { "Først publisert \($0)" }, g.lastChanged.map { "Sist faglig oppdatert \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The latest date only, for a search hit's origin line: "sist faglig oppdatert 3. mars 2020".
    static func latest(_ g: GuidelineSummary) -> String? {
        g.lastChanged.map { "sist faglig oppdatert \($0)" } ?? g.firstPublished.map { "først publisert \($0)" }
    }
}
