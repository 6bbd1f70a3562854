import Foundation
import GuideKit

/// Gives each page's URL list to the article(s) whose text is on that page. When several articles
/// share a page, addresses are matched to the text that carries their cue ("(lovdata.no)",
/// "§ 2-5a", words of the address), keeping the list's order (links are listed in reading order).
/// An article whose text on the page shows no sign of links gets none of them.
enum PDFLinkAttacher {
    struct Target: Hashable, Sendable {
        var chapter: Int
        var article: Int
    }

    private struct Part {
        var target: Target
        var text: String
        var cues: Int
    }

    static func links(pages: [PDFPage], outline: PDFOutline, document: SourceDocument,
                      diagnostics: inout [Diagnostic]) -> [Target: [Link]] {
        var result: [Target: [Link]] = [:]
        for page in pages where !page.urls.isEmpty {
            var parts = partsOnPage(page, outline: outline)
            if parts.isEmpty {
                guard let target = nearestArticle(before: page.firstLine, outline: outline) else {
                    diagnostics.append(document.warning(page.urls[0].line, "\(page.urls.count) lenke(r) på en side uten artikkeltekst; ikke knyttet til noen anbefaling"))
                    continue
                }
                parts = [Part(target: target, text: "", cues: 0)]
            }
            if parts.contains(where: { $0.cues > 0 }) { parts.removeAll { $0.cues == 0 } }
            let owners = assign(page.urls.map(\.url), to: parts)
            for (index, entry) in page.urls.enumerated() {
                let target = parts[owners[index]].target
                if result[target, default: []].contains(where: { $0.url == entry.url }) { continue }
                result[target, default: []].append(Link(url: entry.url, source: document.span(entry.line)))
            }
        }
        return result
    }

    private static func partsOnPage(_ page: PDFPage, outline: PDFOutline) -> [Part] {
        var parts: [Part] = []
        for (c, chapter) in outline.chapters.enumerated() {
            for (a, article) in chapter.articles.enumerated() {
                let lines = article.bodyLines.filter { (page.firstLine...page.lastLine).contains($0.number) }
                guard !lines.isEmpty else { continue }
                let text = lines.map(\.text).joined(separator: " ")
                let cues = lines.reduce(0) { $0 + $1.linkCues }
                parts.append(Part(target: Target(chapter: c, article: a), text: text, cues: cues))
            }
        }
        return parts
    }

    private static func nearestArticle(before line: Int, outline: PDFOutline) -> Target? {
        var best: (Target, Int)?
        for (c, chapter) in outline.chapters.enumerated() {
            for (a, article) in chapter.articles.enumerated() {
                guard let last = article.bodyLines.last?.number, last < line else { continue }
                if let current = best, current.1 >= last { continue }
                best = (Target(chapter: c, article: a), last)
            }
        }
        return best?.0
    }

    // MARK: - Matching

    /// Part index for each address: best total score with the parts' order kept (dynamic programming).
    private static func assign(_ urls: [String], to parts: [Part]) -> [Int] {
        guard parts.count > 1 else { return urls.map { _ in 0 } }
        // Each text and each address is taken apart once, not once for every pair.
        let texts = parts.map(PartText.init)
        let scores = urls.map(Address.init).map { address in zip(parts, texts).map { score(address, $0, $1) } }
        var best = Array(repeating: Array(repeating: -Double.infinity, count: parts.count), count: urls.count)
        var from = Array(repeating: Array(repeating: 0, count: parts.count), count: urls.count)
        for p in parts.indices { best[0][p] = scores[0][p] }
        for i in 1..<max(1, urls.count) {
            for p in parts.indices {
                var q = p
                for candidate in stride(from: p, through: 0, by: -1) where best[i - 1][candidate] > best[i - 1][q] {
                    q = candidate
                }
                best[i][p] = best[i - 1][q] + scores[i][p]
                from[i][p] = q
            }
        }
        var owners = Array(repeating: 0, count: urls.count)
        guard let lastRow = best.last else { return owners }
        var p = lastRow.indices.max { (lastRow[$0], -$0) < (lastRow[$1], -$1) } ?? 0
        for i in stride(from: urls.count - 1, through: 0, by: -1) {
            owners[i] = p
            p = from[i][p]
        }
        return owners
    }

    /// A part's text as the scores read it.
    private struct PartText {
        var lowered: String
        /// Lower case without white space, where a provision ("§2-5a") is looked for.
        var compact: String
        /// The slugs of its words, five letters or more.
        var words: [String]

        init(_ part: Part) {
            lowered = part.text.lowercased()
            compact = lowered.filter { !$0.isWhitespaceFast }
            words = Array(Set(PDFVocabulary.words(in: lowered).map { PDFAddress.slug($0) }.filter { $0.count >= 5 }))
        }
    }

    /// An address as the scores read it.
    private struct Address {
        var host: String?
        /// "§2-5a": a provision the address names, without white space.
        var section: String?
        /// The words of its path (five letters or more).
        var words: Set<String>

        init(_ url: String) {
            host = PDFAddress.host(url)
            let decoded = (url.removingPercentEncoding ?? url).lowercased()
            section = decoded.firstRange(ofPattern: #"§\s*[0-9]+[a-z]?(-[0-9]+[a-z]?)?"#)
                .map { decoded[$0].filter { !$0.isWhitespaceFast } }
            let path = decoded.replacingOccurrences(of: PDFAddress.host(decoded) ?? "", with: " ")
            words = Set(path.split { !$0.isLetterFast && !$0.isNumberFast }.map(String.init).filter { $0.count >= 5 && $0 != "https" })
        }
    }

    private static func score(_ address: Address, _ part: Part, _ text: PartText) -> Double {
        var score = 0.01 * Double(part.cues)
        // Foundation's search is asked only when the bytes are there: the texts are lower case,
        // and an ASCII host or a provision ("§2-5a") has no other form.
        if let host = address.host, !isASCII(host) || ByteSearch.holds(text.lowered, host) {
            if text.lowered.contains("(\(host))") { score += 3 } else if text.lowered.contains(host) { score += 2 }
        }
        if let section = address.section, ByteSearch.holds(text.compact, section), text.compact.contains(section) { score += 3 }
        score += 2 * wordOverlap(address.words, text: text.words)
        return score
    }

    /// Share of the address's words that the text also uses (a shared start of five letters, or a
    /// text word of six or more inside the address's word).
    private static func wordOverlap(_ urlWords: Set<String>, text textWords: [String]) -> Double {
        guard !urlWords.isEmpty else { return 0 }
        let matched = urlWords.filter { word in
            textWords.contains { sharesStart($0, word) || ($0.count >= 6 && holds(word, $0)) }
        }
        return Double(matched.count) / Double(urlWords.count)
    }

    /// `word.contains(part)`, by bytes when both are ASCII (as slugs are), where Foundation's search
    /// would give the same answer at many times the cost.
    private static func holds(_ word: String, _ part: String) -> Bool {
        guard isASCII(word), isASCII(part) else { return word.contains(part) }
        return ByteSearch.holds(word, part)
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `commonPrefix(with:).count >= 5`, asked only when the first five bytes agree: a slug is ASCII,
    /// so a word whose bytes differ there cannot share five characters with it.
    private static func sharesStart(_ slug: String, _ word: String) -> Bool {
        guard slug.utf8.prefix(5).elementsEqual(word.utf8.prefix(5)) else { return false }
        return slug.commonPrefix(with: word).count >= 5
    }
}
