import GuideKit

/// The sources of an answer as a list a model can cite from, after the text: each recommendation's
/// id, guideline, HØRINGSUTKAST and deadline, chapter, part, dates and address, and the guideline's
/// reference as a handout gives it. The CLI's text says the same spread over each hit; a model quoting
/// one passage needs it in one place.
struct SourceList {
    struct Entry {
        let guideline: GuidelineSummary
        let chapter: ChapterSummary
        let id: String?
        let part: String?
        let source: SourceReference
    }

    var entries: [Entry] = []

    mutating func add(_ guideline: GuidelineSummary, _ chapter: ChapterSummary, id: String?, part: String?, source: SourceReference) {
        guard !entries.contains(where: { $0.id == id && $0.part == part && $0.guideline.id == guideline.id && id != nil }) else { return }
        entries.append(Entry(guideline: guideline, chapter: chapter, id: id, part: part, source: source))
    }

    /// "Kilder:" and one numbered entry a source; empty without sources.
    var text: String {
        guard !entries.isEmpty else { return "" }
        var lines = ["", "Kilder:"]
        for (number, entry) in entries.enumerated() {
            let g = entry.guideline
            var head = [entry.id.map { "Anbefaling \($0)" }, "\(g.title)", HearingDraftNotice.text(for: g),
                        "Kapittel \(entry.chapter.number): \(entry.chapter.title)", entry.part.map { "Del: \($0)" }].compactMap { $0 }
            let dates = [g.firstPublished.map { "først publisert \($0)" }, g.lastChanged.map { "sist faglig oppdatert \($0)" }].compactMap { $0 }
            if !dates.isEmpty { head.append(dates.joined(separator: ", ")) }
            lines.append("[\(number + 1)] " + head.joined(separator: " · "))
            lines.append("    Adresse: " + (entry.source.url ?? g.url ?? "\(entry.source.path):\(entry.source.lineDescription)"))
            lines.append("    Referanse: " + GuidelineCitation(g).text)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
