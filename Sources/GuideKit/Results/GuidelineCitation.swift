/// How to cite a guideline, in the form Helsedirektoratet gives at the end of its pages:
///
///     Helsedirektoratet (2023). Title [nettdokument]. Oslo: Helsedirektoratet (sist faglig
///     oppdatert 2. mars 2024, lest 4. februar 2026). Tilgjengelig fra https://…
///
/// Built from the indexed guideline fields; a field the source did not give is left out with its
/// punctuation (no empty parentheses), and a missing year is written "u.å." (uten år).
public struct GuidelineCitation: Sendable, Hashable, Codable {
    @Nullable public var author: String?
    @Nullable public var year: String?
    public var title: String
    @Nullable public var place: String?
    @Nullable public var publisher: String?
    @Nullable public var lastChanged: String?
    @Nullable public var accessed: String?
    @Nullable public var url: String?
    /// Marked "(høringsutkast)" after the title.
    public var hearingDraft: Bool

    public init(_ guideline: GuidelineSummary) {
        func given(_ value: String?) -> String? {
            guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
            return trimmed
        }
        let publisher = given(guideline.publisher)
        self.publisher = publisher
        author = publisher
        year = given(guideline.year)
        title = given(guideline.title) ?? guideline.id
        place = given(guideline.place)
        lastChanged = given(guideline.lastChanged)
        accessed = given(guideline.accessed)
        url = given(guideline.url)
        hearingDraft = guideline.isHearingDraft
    }

    /// Everything before the address: author, year, title, place, publisher and dates.
    public var description: String {
        var out = ""
        let draft = hearingDraft ? " (høringsutkast)" : ""
        if let author {
            out = "\(author) (\(year ?? "u.å.")). \(title)\(draft) [nettdokument]."
        } else {
            out = "\(title)\(draft) [nettdokument]" + (year.map { " (\($0))." } ?? ".")
        }
        let imprint = [place, publisher].compactMap { $0 }.joined(separator: ": ")
        let dates = [lastChanged.map { "sist faglig oppdatert \($0)" }, accessed.map { "lest \($0)" }].compactMap { $0 }
        let datesText = dates.joined(separator: ", ")
        if !imprint.isEmpty {
            out += " \(imprint)" + (dates.isEmpty ? "" : " (\(datesText))") + "."
        } else if !dates.isEmpty {
            // Without place and publisher the dates stand as a sentence of their own.
            out += " " + datesText.prefix(1).uppercased() + datesText.dropFirst() + "."
        }
        return out
    }

    /// The whole citation as one line.
    public var text: String {
        description + (url.map { " Tilgjengelig fra \($0)" } ?? "")
    }
}
