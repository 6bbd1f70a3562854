import Foundation

/// `guide search` for people: each hit with guideline, chapter, recommendation, part, a
/// highlighted snippet and its source, wrapped to the terminal width.
public enum SearchRenderer {
    /// `coverage`, given when there are no hits, adds what the index covers to "Ingen treff".
    public static func render(_ results: SearchResults, coverage: IndexCoverage? = nil, style: TextStyle) -> String {
        guard !results.results.isEmpty else {
            if results.fillerOnly { return style.wrapped(fillerOnlyNotice(results)) + "\n" }
            if results.terms.isEmpty { return "Ingen søkeord i spørringen. Skriv hva situasjonen gjelder, f.eks. «pårørende barn».\n" }
            let noHits = "Ingen treff for «\(results.terms.joined(separator: " "))».\n"
            return noHits + (coverage.map { CoverageRenderer.noHitsSentences($0).map { style.wrapped($0) + "\n" }.joined() } ?? "")
        }
        var out = ""
        let corrections = results.analysis.corrections
        if !corrections.isEmpty {
            out += style.dim("Viser treff for " + corrections.map { "«\($0.searched)» (skrevet «\($0.typed)»)" }
                .joined(separator: ", ")) + "\n\n"
        }
        // What the ranking did beyond scoring, for the one tuning it.
        if results.results.first?.explanation != nil {
            if let intent = results.analysis.intent { out += style.wrapped(style.dim(intentLine(intent))) + "\n" }
            if let dropped = results.dropped { out += style.wrapped(style.dim(droppedLine(dropped))) + "\n" }
            if results.analysis.intent != nil || results.dropped != nil { out += "\n" }
        }
        out += results.results.map { render($0, style: style) }.joined(separator: "\n\n") + "\n"
        // Tagged sentences (`--must`) need the tags explained, as `guide show` does.
        if results.results.contains(where: { !($0.obligations ?? []).isEmpty }) {
            out += "\n" + style.dim(style.wrapped(NormMark.legend)) + "\n"
        }
        return out
    }

    /// Said instead of hits when the query held filler words only.
    public static func fillerOnlyNotice(_ results: SearchResults) -> String {
        "Ingen treff: «\(results.terms.joined(separator: " "))» er bare fyllord, som står i nesten alle tekster. "
            + "Skriv hva situasjonen gjelder, f.eks. «pårørende barn»."
    }

    static func intentLine(_ intent: QueryIntent) -> String {
        if intent.kind == .role {
            return "Spørsmålet spør hva en rolle gjør («\(intent.cues.joined(separator: "», «"))» + \(intent.topic.joined(separator: " "))): "
                + "lister over oppgaver som har alle ordene for det som spørres om, får poeng × \(SearchRanking.checklistIntentBonus)"
        }
        return "Spørsmålet ber om innhold («\(intent.cues.joined(separator: "», «"))» + \(intent.topic.joined(separator: " "))): "
            + "sjekklister som har alle ordene for det som spørres om, får poeng × \(SearchRanking.checklistIntentBonus)"
    }

    static func droppedLine(_ dropped: DroppedHits) -> String {
        var reasons: [String] = []
        if dropped.belowFloor > 0 {
            reasons.append("\(dropped.belowFloor) med poeng under \(percent(dropped.shareOfBest)) av beste treff og dekning under \(percent(dropped.minimumCoverage))")
        }
        if dropped.zeroScore > 0 { reasons.append("\(dropped.zeroScore) med poeng 0.000") }
        return "\(dropped.count) treff under relevansgrensen utelatt: " + reasons.joined(separator: ", ")
    }

    private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

    static func render(_ hit: SearchHit, style: TextStyle) -> String {
        var lines: [String] = []
        let title = hit.recommendation?.title ?? hit.chapter.title
        lines.append(style.wrapped(style.bold(title), indent: "    ", firstIndent: "\(hit.rank). ".padding(4)))
        var origin = hit.guideline.title
        if let draft = HearingDraftNotice.text(for: hit.guideline) { origin += " · " + style.warning(draft) }
        if let date = PublicationDates.latest(hit.guideline) { origin += " · " + style.dim(date) }
        lines.append(style.wrapped(origin, indent: "    "))
        let part = hit.section.kind.partHeading(title: hit.section.title)
        lines.append(style.wrapped(style.dim("Kapittel \(hit.chapter.number): \(hit.chapter.title) · Del: \(part)"), indent: "    "))
        let snippet = hit.snippet.runs.map { $0.highlighted ? style.highlight($0.text) : $0.text }.joined()
        lines.append(style.wrapped(snippet.replacingNewlines(), indent: "    "))
        for obligation in hit.obligations ?? [] {
            lines.append(style.wrapped(NormMark.marked(obligation, style: style), indent: "      ", firstIndent: "    "))
        }
        if !hit.legalReferences.isEmpty {
            lines.append(style.wrapped("Lovgrunnlag: " + hit.legalReferences.map(\.citation).joined(separator: "; "), indent: "    "))
        }
        lines.append(style.dim("    Kilde: \(hit.source.path):\(hit.source.lineDescription)" + (hit.guideline.credit.map { " · \($0)" } ?? "")))
        if let url = hit.source.url { lines.append(style.dim("    " + url)) }
        lines.append(style.dim("    Vis hele: guide show \(hit.recommendation?.id ?? "")"))
        if let e = hit.explanation {
            var why = String(format: "Rangering: poeng %.3f = bm25 %.3f × (\(SearchRanking.coverageFloor) + dekning %.2f²) × (1 + \(SearchRanking.headingBonus) × i overskrift %.2f)",
                             e.score, -e.bm25, e.coverage, e.headingCoverage)
            if e.intentFactor != 1 { why += " × sjekkliste \(e.intentFactor)" }
            if let part = e.scoredPart { why += " (poeng fra delen «\(part)»; viser delen som dekker mest av spørsmålet)" }
            lines.append(style.wrapped(why, indent: "      ", firstIndent: "    "))
            if let above = e.movedBelow {
                let why = e.movedOutsideNamedGuideline
                    ? "Lagt under «\(above)», fra retningslinjen spørsmålet nevner"
                    : "Tekstside lagt under «\(above)», som dekker mer av spørsmålet"
                lines.append(style.wrapped(why, indent: "      ", firstIndent: "    "))
            }
            let inText = e.matchedInText.enumerated().map { index, word in
                Self.formsMatching(word, forms: index < e.formsInText.count ? e.formsInText[index] : [])
            }
            // Only the places something matched: an empty "I overskrift:" read as a broken line.
            var found: [String] = []
            if !e.matchedInHeading.isEmpty {
                // A heading word most of the guideline's passages carry counts little: say how widely it is shared.
                found.append("I overskrift: " + e.matchedInHeading.enumerated().map { index, word in
                    index < e.headingShares.count && e.headingShares[index] > 0 ? "\(word) (i \(percent(e.headingShares[index])) av retningslinjens avsnitt)" : word
                }.joined(separator: ", "))
            }
            if !inText.isEmpty { found.append("i tekst: " + inText.joined(separator: ", ")) }
            if !e.missing.isEmpty { found.append("mangler: " + e.missing.joined(separator: ", ")) }
            if !found.isEmpty {
                found[0] = found[0].prefix(1).uppercased() + found[0].dropFirst()
                lines.append(style.wrapped(found.joined(separator: " · "), indent: "      ", firstIndent: "    "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A searched word as found in the text: the text's own forms, with the word searched for
    /// when they differ from it ("pasienten/pasientene for pasient"), so a stem match shows what matched.
    static func formsMatching(_ word: String, forms: [String]) -> String {
        forms.isEmpty || forms == [word] ? word : "\(forms.joined(separator: "/")) for \(word)"
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// Line breaks of every kind (Character.isNewline's: LF, VT, FF, CR, NEL, U+2028, U+2029) as
    /// single spaces, none at the ends, like `split(whereSeparator: \.isNewline).joined(separator: " ")`;
    /// done on the UTF-8 bytes, which is much cheaper than by Character.
    func replacingNewlines() -> String {
        var text = self
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0, pendingSpace = false
            while i < bytes.count {
                let length = Self.newlineLength(bytes, at: i)
                if length > 0 {
                    pendingSpace = !out.isEmpty
                    i += length
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(bytes[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The byte length of the line break starting at `i`, or 0.
    private static func newlineLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let byte = bytes[i]
        if byte >= 0x0A && byte <= 0x0D { return 1 }
        if byte == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 { return 2 }
        if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return 3 }
        return 0
    }
}
