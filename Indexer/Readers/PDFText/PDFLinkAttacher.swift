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
                    diagnostics.append(document.warning(page.urls[0].line, "\(page.urls.count) link(s) on a page with no article text; not attached"))
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
        let scores = urls.map { url in parts.map { score(url, $0) } }
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

    private static func score(_ url: String, _ part: Part) -> Double {
        let text = part.text.lowercased()
        var score = 0.01 * Double(part.cues)
        if let host = PDFAddress.host(url) {
            if text.contains("(\(host))") { score += 3 } else if text.contains(host) { score += 2 }
        }
        let decoded = (url.removingPercentEncoding ?? url).lowercased()
        if let range = decoded.firstRange(ofPattern: #"§\s*[0-9]+[a-z]?(-[0-9]+[a-z]?)?"#) {
            let section = decoded[range].filter { !$0.isWhitespace }
            if text.filter({ !$0.isWhitespace }).contains(section) { score += 3 }
        }
        score += 2 * wordOverlap(decoded, text: text)
        return score
    }

    /// Share of the address's words (five letters or more) that the text also uses.
    private static func wordOverlap(_ url: String, text: String) -> Double {
        let host = PDFAddress.host(url) ?? ""
        let path = url.replacingOccurrences(of: host, with: " ")
        let urlWords = Set(path.split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count >= 5 && $0 != "https" })
        guard !urlWords.isEmpty else { return 0 }
        let textWords = Set(PDFVocabulary.words(in: text).map { PDFAddress.slug($0) }.filter { $0.count >= 5 })
        let matched = urlWords.filter { word in
            textWords.contains { $0.commonPrefix(with: word).count >= 5 || ($0.count >= 6 && word.contains($0)) }
        }
        return Double(matched.count) / Double(urlWords.count)
    }
}
