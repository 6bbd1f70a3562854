import Foundation

/// `guide search` for people: each hit with guideline, chapter, recommendation, part, a
/// highlighted snippet and its source, wrapped to the terminal width.
public enum SearchRenderer {
    public static func render(_ results: SearchResults, style: TextStyle) -> String {
        guard !results.results.isEmpty else {
            return results.terms.isEmpty
                ? "Ingen søkeord i spørringen. Skriv hva situasjonen gjelder, f.eks. «pårørende barn».\n"
                : "Ingen treff for «\(results.terms.joined(separator: " "))».\n"
        }
        var out = ""
        let corrections = results.analysis.corrections
        if !corrections.isEmpty {
            out += style.dim("Viser treff for " + corrections.map { "«\($0.searched)» (skrevet «\($0.typed)»)" }
                .joined(separator: ", ")) + "\n\n"
        }
        return out + results.results.map { render($0, style: style) }.joined(separator: "\n\n") + "\n"
    }

    static func render(_ hit: SearchHit, style: TextStyle) -> String {
        var lines: [String] = []
        let title = hit.recommendation?.title ?? hit.chapter.title
        lines.append(style.wrapped(style.bold(title), indent: "    ", firstIndent: "\(hit.rank). ".padding(4)))
        var origin = hit.guideline.title
        if let draft = DraftNotice.label(for: hit.guideline) { origin += " · " + style.warning(draft) }
        lines.append(style.wrapped(origin, indent: "    "))
        let part = PartName.of(kind: hit.section.kind, title: hit.section.title)
        lines.append(style.wrapped(style.dim("Kapittel \(hit.chapter.number): \(hit.chapter.title) · Del: \(part)"), indent: "    "))
        let snippet = hit.snippet.runs.map { $0.highlighted ? style.highlight($0.text) : $0.text }.joined()
        lines.append(style.wrapped(snippet.replacingNewlines(), indent: "    "))
        for obligation in hit.obligations ?? [] {
            lines.append(style.wrapped(NormMark.marked(obligation, style: style), indent: "      ", firstIndent: "    "))
        }
        if !hit.legalReferences.isEmpty {
            lines.append(style.wrapped("Lovgrunnlag: " + hit.legalReferences.map(\.citation).joined(separator: "; "), indent: "    "))
        }
        lines.append(style.dim("    Kilde: \(hit.source.path):\(hit.source.lineDescription)"))
        if let url = hit.source.url { lines.append(style.dim("    " + url)) }
        lines.append(style.dim("    Vis hele: guide show \(hit.recommendation?.id ?? "")"))
        if let e = hit.explanation {
            let why = String(format: "Rangering: poeng %.3f = bm25 %.3f × (0.25 + dekning %.2f²) × (1 + 0.5 × i overskrift %.2f)",
                             e.score, -e.bm25, e.coverage, e.headingCoverage)
            lines.append(style.wrapped(why, indent: "      ", firstIndent: "    "))
            var found = "I overskrift: \(e.matchedInHeading.joined(separator: ", ")) · i tekst: \(e.matchedInText.joined(separator: ", "))"
            if !e.missing.isEmpty { found += " · mangler: \(e.missing.joined(separator: ", "))" }
            lines.append(style.wrapped(found, indent: "      ", firstIndent: "    "))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Line breaks of every kind (Character.isNewline's) as single spaces, split by scalar: cheaper
    /// than by Character, and the same, as "\r\n" leaves no empty piece between its two scalars.
    func replacingNewlines() -> String {
        // Most texts have none: their bytes say so (0x0A–0x0D, or a byte of U+0085, U+2028, U+2029).
        guard utf8.contains(where: { ($0 >= 0x0A && $0 <= 0x0D) || $0 == 0x85 || $0 == 0xA8 || $0 == 0xA9 }) else { return self }
        return unicodeScalars.split { "\n\u{0B}\u{0C}\r\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) }.map(String.init).joined(separator: " ")
    }
}
