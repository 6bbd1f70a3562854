import GuideKit

/// How much a text looks like a Helsedirektoratet PDF saved as text: wrapped lines each followed by
/// a blank line, per-page URL lists, "Råd" labels, "Praktisk – slik kan …" headings, page numbers.
/// Web pages saved as text ("Gå til hovedinnhold", "•" bullets, long unwrapped lines) and Markdown
/// score zero.
enum PDFFitness {
    static func score(_ lines: [String]) -> Double {
        assess(lines).score
    }

    /// The score, and each line's class when scoring needed them (nil when the text was ruled out
    /// before), for `PDFPageLayout.classify` to reuse.
    static func assess(_ lines: [String]) -> (score: Double, kinds: [PDFLine.Kind]?) {
        let content = lines.map(TextCleanup.normalizeSpaces).filter { !$0.isEmpty }
        guard content.count >= 3 else { return (0, nil) }
        if content.contains(where: { $0.hasPrefix("•") || $0 == "Gå til hovedinnhold" || $0.hasPrefix("```") }) {
            return (0, nil)
        }
        let markdown = content.filter { line in
            // Anchored: only a line starting with one of these characters can match.
            guard let first = line.unicodeScalars.first,
                  "#-*+>".unicodeScalars.contains(first) || first.properties.generalCategory == .decimalNumber else { return false }
            return line.firstRange(ofPattern: #"^(#{1,6} |[-*+] |\d+\. |> )"#) != nil
        }
        if markdown.count * 10 >= content.count {
            return (0, nil)
        }
        let long = content.filter { $0.count > 160 && !TextCleanup.isURLLine($0) }.count
        if Double(long) / Double(content.count) > 0.1 { return (0, nil) }

        var followedByBlank = 0
        var textLines = 0
        var urlBlocks = 0
        var labels = 0
        var headings = 0
        var pageNumbers = 0
        var previousWasURL = false
        let kinds = lines.map(PDFLineClassifier.kind(of:))
        for (index, kind) in kinds.enumerated() {
            switch kind {
            case .text:
                textLines += 1
                if index + 1 < lines.count, TextCleanup.normalizeSpaces(lines[index + 1]).isEmpty { followedByBlank += 1 }
            case .url where !previousWasURL: urlBlocks += 1
            case .label: labels += 1
            case .heading(let k) where k != .references: headings += 1
            case .pageNumber: pageNumbers += 1
            default: break
            }
            if kind != .blank { previousWasURL = kind == .url }
        }
        guard textLines > 0 else { return (0, kinds) }
        let wrapShare = Double(followedByBlank) / Double(textLines)
        guard urlBlocks + labels + headings + pageNumbers > 0 else { return (0.1 * wrapShare, kinds) }
        var score = 0.35 * wrapShare
        if urlBlocks > 0 { score += 0.2 }
        if labels > 0 { score += 0.2 }
        if headings > 0 { score += 0.15 }
        if pageNumbers > 0 { score += 0.1 }
        return (min(1, score), kinds)
    }
}
