/// What the index covers, for people: a block for `guide list` and `guide check`, and the sentence
/// a search without hits ends with.
public enum CoverageRenderer {
    /// The block: guidelines by kind, their units and passages, the sources and the last sync.
    public static func render(_ coverage: IndexCoverage, style: TextStyle) -> String {
        var lines = [style.wrapped(style.bold("Indeksen dekker " + guidelinesPhrase(coverage)))]
        if !coverage.kinds.isEmpty {
            let kinds = coverage.kinds.map { "\($0.kind ?? "uten type"): \($0.guidelines)" }.joined(separator: " · ")
            lines.append(style.wrapped(kinds, indent: "  ", firstIndent: "  "))
        }
        lines.append("  " + [count(coverage.recommendations, "anbefaling", "anbefalinger"),
                             count(coverage.textPages, "tekstside", "tekstsider"),
                             count(coverage.passages, "avsnitt", "avsnitt")].joined(separator: ", "))
        lines.append("  Fra tekstfiler: \(coverage.sources.textFiles)")
        lines.append(style.wrapped("Fra innholdstjenestene (guide sync): \(coverage.sources.contentAPI), \(syncPhrase(coverage.lastSynced))",
                                   indent: "    ", firstIndent: "  "))
        return lines.joined(separator: "\n") + "\n"
    }

    /// After "Ingen treff for «…».": what the index covers, naming at most `IndexCoverage.namedLimit`
    /// titles, and how to get the national guidelines while the mirror has none; a sentence a line.
    public static func noHitsSentences(_ coverage: IndexCoverage) -> [String] {
        let hint = coverage.sources.contentAPI == 0 ? ["'guide sync' henter Helsedirektoratets nasjonale retningslinjer."] : []
        guard coverage.guidelines > 0 else { return ["Indeksen er tom."] + hint }
        var named = coverage.titles.joined(separator: ", ")
        if coverage.guidelines > coverage.titles.count { named += " og \(coverage.guidelines - coverage.titles.count) til" }
        return ["Indeksen dekker " + guidelinesPhrase(coverage) + ": " + named + "."] + hint
    }

    /// "2 retningslinjer (begge høringsutkast, 2023)".
    static func guidelinesPhrase(_ coverage: IndexCoverage) -> String {
        var notes: [String] = []
        switch coverage.hearingDrafts {
        case 0: break
        case coverage.guidelines: notes.append(coverage.guidelines == 1 ? "høringsutkast" : coverage.guidelines == 2 ? "begge høringsutkast" : "alle høringsutkast")
        default: notes.append("\(coverage.hearingDrafts) høringsutkast")
        }
        if let first = coverage.years.first, let last = coverage.years.last {
            notes.append(first == last ? first : "\(first)–\(last)")
        }
        return count(coverage.guidelines, "retningslinje", "retningslinjer") + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))")
    }

    /// "sist synkronisert 2026-12-07 12:00 UTC", or "aldri synkronisert".
    static func syncPhrase(_ lastSynced: String?) -> String {
        guard let lastSynced else { return "aldri synkronisert" }
        let parts = lastSynced.split(separator: "T", maxSplits: 1)
        guard parts.count == 2 else { return "sist synkronisert \(lastSynced)" }
        return "sist synkronisert \(parts[0]) \(parts[1].prefix(5)) UTC"
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) " + (n == 1 ? one : many)
    }
}
