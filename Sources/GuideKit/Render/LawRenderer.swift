/// `guide law` for people: the acts the corpus cites with counts and addresses, or the
/// recommendations citing one act or section with the sentences that mention it.
public enum LawRenderer {
    // MARK: - Overview

    public static func render(_ overview: LawOverview, style: TextStyle) -> String {
        guard !overview.acts.isEmpty else { return "Rådene i indeksen viser ikke til noen lov eller forskrift.\n" }
        var out: [String] = []
        for act in overview.acts {
            out.append(style.wrapped(style.bold(act.act) + " · " + recommendations(act.count)))
            if let url = act.url { out.append(style.dim("  " + url)) }
            out += provisionLines(act.provisions, kind: act.kind, style: style)
            out.append("")
        }
        out.append(style.dim("Vis rådene som viser til en lov eller paragraf: guide law helsepersonelloven § 10a"))
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: - One act or section

    public static func render(_ citations: LawCitations, style: TextStyle) -> String {
        let asked = LegalCitation.text(act: citations.act, section: citations.section, part: citations.part)
        var out: [String] = []
        guard !citations.recommendations.isEmpty else {
            out.append("Ingen råd i indeksen viser til \(asked).")
            if let url = citations.url { out.append(style.dim(url)) }
            return out.joined(separator: "\n") + "\n"
        }
        out.append(style.wrapped(style.bold(asked) + " · " + recommendations(citations.count)))
        if let url = citations.url { out.append(style.dim(url)) }
        if citations.section == nil, citations.provisions.count > 1 {
            out += provisionLines(citations.provisions, kind: citations.kind, style: style)
        }
        for (number, recommendation) in citations.recommendations.enumerated() {
            out.append("")
            out.append(render(recommendation, number: number + 1, kind: citations.kind, style: style))
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func render(_ r: CitingRecommendation, number: Int, kind: ActKind, style: TextStyle) -> String {
        var lines: [String] = []
        let marker = r.recommendation.kind == .text ? " (tekst)" : ""
        lines.append(style.wrapped(style.bold(r.recommendation.title) + marker, indent: "    ", firstIndent: "\(number). ".padding(4)))
        var origin = r.guideline.title
        if let draft = HearingDraftNotice.text(for: r.guideline) { origin += " · " + style.warning(draft) }
        if let credit = r.guideline.credit { origin += " · " + style.dim(credit) }
        lines.append(style.wrapped(origin, indent: "    "))
        lines.append(style.wrapped(style.dim("Kapittel \(r.chapter.number): \(r.chapter.title)"), indent: "    "))
        let cited = r.citations.map { label(section: $0.section, part: $0.part, kind: kind) }
        lines.append(style.wrapped("Viser til: " + cited.joined(separator: "; "), indent: "      ", firstIndent: "    "))
        var previousPart: [Int]?
        for passage in r.passages {
            if passage.lines != previousPart {
                let span = passage.lines.first == passage.lines.last ? "\(passage.lines.first ?? 0)"
                    : passage.lines.map(String.init).joined(separator: "-")
                lines.append(style.accent("    " + passage.kind.partHeading(title: passage.title) + " (linje \(span))"))
                previousPart = passage.lines
            }
            let text = passage.snippet.runs.map { $0.highlighted ? style.highlight($0.text) : $0.text }.joined()
            lines.append(style.wrapped("«" + text.replacingNewlines() + "»", indent: "       ", firstIndent: "      "))
        }
        lines.append(style.dim("    Kilde: \(r.source.path):\(r.source.lineDescription)"))
        if let url = r.source.url { lines.append(style.dim("    " + url)) }
        lines.append(style.dim("    Vis hele: guide show \(r.recommendation.id)"))
        return lines.joined(separator: "\n")
    }

    // MARK: - Pieces

    /// "  § 10a    3 råd   https://lovdata.no/…", one line per provision, aligned.
    private static func provisionLines(_ provisions: [CitedProvision], kind: ActKind, style: TextStyle) -> [String] {
        let labels = provisions.map { label($0, kind: kind) }
        let width = min(labels.map(\.count).max() ?? 0, 24)
        return zip(provisions, labels).map { provision, label in
            var line = "  " + label.padding(width) + "  " + "\(provision.count)".leftPadded(3)
            if let url = provision.url { line += "  " + style.dim(url) }
            return line
        }
    }

    /// "§ 10a", "§ 6 bokstav g", "kapittel 3", "hele loven".
    private static func label(_ p: CitedProvision, kind: ActKind) -> String {
        label(section: p.section, part: p.part, kind: kind)
    }

    /// Also the web page's name for a provision.
    public static func label(section: String?, part: String?, kind: ActKind) -> String {
        if let provision = LegalCitation.provision(section: section, part: part) { return provision }
        return switch kind {
        case .regulation: "hele forskriften"
        case .law, .unknown: "hele loven"
        }
    }

    private static func recommendations(_ count: Int) -> String {
        "sitert i \(count) råd"
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
