import GuideKit

/// A page of the PDF text: the lines up to and including the list of URLs that ends it.
struct PDFPage: Sendable {
    var firstLine: Int
    var lastLine: Int
    /// (line number, address) in the order listed.
    var urls: [(line: Int, url: String)]
}

/// Classifies every line and finds the pages (each closed by its URL list).
enum PDFPageLayout {
    /// Lines classified (text not yet repaired), with page starts and tightness set. `kinds`: each
    /// line's `PDFLineClassifier.kind`, when scoring the text already found them.
    static func classify(_ raw: [String], kinds: [PDFLine.Kind]? = nil) -> [PDFLine] {
        let kinds = kinds?.count == raw.count ? kinds : nil
        var lines: [PDFLine] = []
        lines.reserveCapacity(raw.count)
        var previousContent: PDFLine.Kind?   // kind of the last non-blank line
        var previousWasContent = false       // the line just before was non-blank content
        for (index, text) in raw.enumerated() {
            var kind = kinds?[index] ?? PDFLineClassifier.kind(of: text)
            // A long address broken over two lines: the rest has no spaces and looks like a path.
            if kind == .text, previousContent == .url, isAddressContinuation(text) { kind = .url }
            var line = PDFLine(number: index + 1, raw: text, kind: kind, text: "")
            if kind != .blank {
                line.startsPage = previousContent == nil || previousContent == .url
                line.tight = previousWasContent && isContent(kind) && isContent(lines[index - 1].kind)
                previousContent = kind
            }
            previousWasContent = kind != .blank
            lines.append(line)
        }
        joinWrappedAddresses(&lines)
        return lines
    }

    /// Pages: each URL block ends one; text after the last block forms a final page without links.
    static func pages(_ lines: [PDFLine]) -> [PDFPage] {
        var pages: [PDFPage] = []
        var first = 1
        var index = 0
        while index < lines.count {
            guard lines[index].kind == .url else { index += 1; continue }
            var urls: [(Int, String)] = []
            while index < lines.count, lines[index].kind == .url || lines[index].kind == .blank {
                if lines[index].kind == .url, !lines[index].text.isEmpty {
                    urls.append((lines[index].number, lines[index].text))
                }
                index += 1
            }
            pages.append(PDFPage(firstLine: first, lastLine: lines[index - 1].number, urls: urls))
            first = index + 1
        }
        if first <= lines.count {
            pages.append(PDFPage(firstLine: first, lastLine: lines.count, urls: []))
        }
        return pages
    }

    private static func isContent(_ kind: PDFLine.Kind) -> Bool {
        switch kind {
        case .text, .label, .heading: true
        default: false
        }
    }

    private static func isAddressContinuation(_ text: String) -> Bool {
        let t = TextCleanup.normalizeSpaces(text)
        guard !t.isEmpty, !t.contains(" "), !t.allSatisfy(\.isPDFASCIIDigit) else { return false }
        return t.contains("/") || t.contains("%") || t.contains("=") || t.contains("?")
    }

    /// URL lines keep their address in `text`; a continuation line is appended to the address before it.
    private static func joinWrappedAddresses(_ lines: inout [PDFLine]) {
        var last: Int?
        for i in lines.indices where lines[i].kind == .url {
            let part = TextCleanup.normalizeSpaces(lines[i].raw)
            if !TextCleanup.isURLLine(part), let previous = last {
                lines[previous].text += part
                lines[i].text = ""
            } else {
                lines[i].text = part
                last = i
            }
        }
    }
}
