import Foundation

/// How much a document looks like a web page saved as text: site chrome ("Gå til hovedinnhold",
/// the "Forsiden…" breadcrumb, footer words, the citation block), `•` bullets and long unwrapped
/// paragraph lines. PDF text dumps (wrapped lines each followed by a blank line, URL-only lines,
/// "Råd" labels) and Markdown score near zero.
enum WebPageFitness {
    static func score(_ document: SourceDocument) -> Double {
        let ext = document.path.split(separator: ".").last.map { $0.lowercasedFast } ?? ""
        if ext == "md" || ext == "markdown" { return 0 }
        let lines = document.lines.map(TextCleanup.normalizeSpaces)
        let text = lines.filter { !$0.isEmpty }
        guard !text.isEmpty else { return 0 }
        if looksLikeMarkdown(lines) { return 0.02 }

        var score = 0.0
        let head = text.prefix(12)
        if head.contains(where: WebChrome.isSkipLink) { score += 0.35 }
        // A stored copy that names its web address (not a PDF's) in its first line is a web page.
        // The header is read from the first line with text: the rest need not be made into lines.
        let firstLine = document.lines.enumerated().lazy.map { WebPageLine(number: $0.offset + 1, raw: $0.element) }.first { !$0.isBlank }
        if let firstLine, let address = WebPageAddress.header([firstLine]), !address.url.lowercasedFast.hasSuffix(".pdf") { score += 0.5 }
        if head.contains(where: WebBreadcrumb.starts) { score += 0.25 }
        // Every bullet mark is encoded with a lead byte E2; a line without one is no bullet.
        if document.lines.contains(where: { $0.utf8.contains(0xE2) && WebPageLine(number: 0, raw: $0).isBullet }) { score += 0.15 }
        let lower = text.joined(separator: "\n").lowercasedFast
        // Asked of the whole text only when its bytes hold the word (none of them has another form).
        if WebChrome.footerWords.filter({ ByteSearch.holds(lower, $0) && lower.contains($0) }).count >= 2 { score += 0.15 }
        if text.contains(where: WebCitationBlock.matches) { score += 0.15 }
        // No more characters than bytes: a short line's characters need not be counted.
        let long = text.filter { $0.utf8.count > 160 && $0.count > 160 }.count
        if Double(long) / Double(text.count) >= 0.15 { score += 0.1 }

        // PDF text: wrapped lines, URL lists, "Råd" labels.
        let urlOnly = text.filter(TextCleanup.isURLLine).count
        if urlOnly >= 3 { score *= 0.1 }
        if wrappedRatio(lines) >= 0.2 { score *= 0.1 }
        if text.filter({ $0 == "Råd" }).count >= 2 { score *= 0.3 }
        // Plain paragraphs with nothing else: the web reader reads them, but barely fits.
        return min(1, max(score, long > 0 && urlOnly == 0 ? 0.05 : 0))
    }

    /// Share of text lines that end mid-sentence and continue, after a blank line, in lower case:
    /// how a PDF saved as text wraps its lines.
    static func wrappedRatio(_ lines: [String]) -> Double {
        var wrapped = 0
        var total = 0
        for i in lines.indices where !lines[i].isEmpty {
            total += 1
            guard i + 2 < lines.count, lines[i + 1].isEmpty, let last = lines[i].last,
                  !WebText.closingPunctuation.contains(last), let next = lines[i + 2].first else { continue }
            if next.isLowercase { wrapped += 1 }
        }
        return total == 0 ? 0 : Double(wrapped) / Double(total)
    }

    static func looksLikeMarkdown(_ lines: [String]) -> Bool {
        if lines.first == "---" { return true }
        return lines.filter { $0.hasPrefix("# ") || $0.hasPrefix("## ") || $0.hasPrefix("### ") }.count >= 2
    }
}
