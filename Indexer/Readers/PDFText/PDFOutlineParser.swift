import GuideKit

/// Finds chapters, recommendations and their sections in the classified lines.
///
/// - A page number ("1", " 2") announces a chapter: the heading lines after it are its title.
/// - A label ("Råd", "Anbefaling") announces a recommendation: the next heading lines (possibly after
///   a page break and its URL list) are its title; the text up to "Praktisk – …" is the statement.
/// - A heading followed by the hearing banner, not announced by a label, opens a text chapter
///   ("Metode og prosess").
/// - A short line without a final period, directly followed by text, is a sub-heading.
struct PDFOutlineParser {
    let document: SourceDocument
    let items: [PDFLine]
    let hasBanners: Bool
    private(set) var outline = PDFOutline()
    private var diagnostics: [Diagnostic] = []

    init(document: SourceDocument, lines: [PDFLine]) {
        self.document = document
        self.items = lines.filter { $0.kind != .blank && $0.kind != .url && $0.kind != .furniture }
        self.hasBanners = lines.contains { $0.kind == .banner }
    }

    static func parse(_ document: SourceDocument, lines: [PDFLine], diagnostics: inout [Diagnostic]) -> PDFOutline {
        var parser = PDFOutlineParser(document: document, lines: lines)
        parser.run()
        diagnostics += parser.diagnostics
        return parser.outline
    }

    private mutating func run() {
        var pendingChapter: PDFLine?
        var pendingLabel: PDFLine?
        var index = 0
        while index < items.count {
            let line = items[index]
            switch line.kind {
            case .pageNumber:
                pendingChapter = line
                index += 1
            case .label:
                if let label = pendingLabel {
                    diagnostics.append(document.warning(label.number, "anbefalingsmerket \"\(label.text)\" står uten tittel; ignorert"))
                }
                pendingLabel = line
                index += 1
            case .heading(let kind):
                startSection(title: line.text, kind: kind, line: line)
                index += 1
            case .text:
                if let label = pendingLabel {
                    let (title, next) = titleGroup(from: index)
                    startArticle(kind: .recommendation, title: title, firstLine: label.number, lastLine: items[next - 1].number)
                    pendingLabel = nil
                    pendingChapter = nil
                    index = next
                } else if pendingChapter != nil || isPageTitle(index) {
                    let (title, next) = titleGroup(from: index)
                    startChapter(title: title, firstLine: pendingChapter?.number ?? line.number, lastLine: items[next - 1].number,
                                 fromPageNumber: pendingChapter != nil)
                    pendingChapter = nil
                    index = next
                } else if isSubHeading(index) {
                    startSection(title: line.text, kind: nil, line: line)
                    index += 1
                } else {
                    append(line)
                    index += 1
                }
            default:
                index += 1
            }
        }
        if let label = pendingLabel {
            diagnostics.append(document.warning(label.number, "anbefalingsmerket \"\(label.text)\" står sist i teksten uten tittel (er filen avkuttet?)"))
        }
        if !outline.strayLines.isEmpty, let first = outline.strayLines.first {
            diagnostics.append(document.warning(first.number, "\(outline.strayLines.count) tekstlinje(r) før første kapittel eller anbefaling; ikke indeksert"))
        }
    }

    // MARK: - Titles and headings

    /// The title's lines: the line and those directly under it; a wrapped title may also go on after
    /// blank lines in lower case when the banner follows shortly.
    private func titleGroup(from start: Int) -> (String, Int) {
        var parts = [items[start].text]
        var index = start + 1
        while index < items.count, items[index].isText {
            let line = items[index]
            let tightContinuation = line.tight && parts.count < 6
            let looseContinuation = !line.tight && parts.count < 6 && PDFLineBreaks.startsLikeItem(line.text)
                && !PDFLineBreaks.endsSentence(parts[parts.count - 1]) && bannerFollows(index, within: 2)
            guard tightContinuation || looseContinuation else { break }
            parts.append(line.text)
            index += 1
        }
        return (PDFTextNormalizer.clean(parts.joined(separator: " ")), index)
    }

    private func bannerFollows(_ index: Int, within count: Int) -> Bool {
        var next = index + 1
        while next < items.count, next <= index + count {
            if items[next].kind == .banner { return true }
            if !items[next].isText { return false }
            next += 1
        }
        return false
    }

    /// Heading-like: capitalized, fairly short, no final punctuation, no link marks.
    static func looksLikeHeading(_ text: String, maxLength: Int = 90) -> Bool {
        guard let last = text.last, text.count <= maxLength, PDFLineBreaks.startsCapitalized(text) else { return false }
        return !".,;:!?".contains(last) && PDFTextNormalizer.linkCueCount(text) == 0
            && !PDFWordLists.isConnective(PDFLineBreaks.lastWord(text))
    }

    /// A page's own title (a heading directly followed by the banner, or without banners, alone at
    /// the top of a page), not announced by a label: a chapter of its own, such as "Metode og prosess".
    private func isPageTitle(_ index: Int) -> Bool {
        let line = items[index]
        guard !line.tight, PDFOutlineParser.looksLikeHeading(line.text) else { return false }
        var next = index + 1
        while next < items.count, items[next].isText, items[next].tight, next - index < 4 {
            guard PDFOutlineParser.looksLikeHeading(items[next].text) || items[next].text.count < 70 else { return false }
            next += 1
        }
        guard next < items.count else { return false }
        if items[next].kind == .banner { return previousEndsBlock(index) }
        guard !hasBanners, line.startsPage, next == index + 1, items[next].isText, !items[next].tight,
              line.text.count <= 60 else { return false }
        return PDFLineBreaks.startsCapitalized(items[next].text) && previousEndsBlock(index)
    }

    /// The text before ended a sentence, or there is none: a new page may start a new part.
    private func previousEndsBlock(_ index: Int) -> Bool {
        var previous = index - 1
        while previous >= 0, items[previous].kind == .banner || items[previous].kind == .pageNumber { previous -= 1 }
        guard previous >= 0 else { return true }
        let line = items[previous]
        return !line.isText || PDFLineBreaks.endsSentence(line.text) || !PDFLineBreaks.endsWithContinuation(line.text)
    }

    /// A short heading line with the text directly under it (no blank line between).
    private func isSubHeading(_ index: Int) -> Bool {
        let line = items[index]
        guard !line.tight, PDFOutlineParser.looksLikeHeading(line.text, maxLength: 70), index + 1 < items.count else { return false }
        let next = items[index + 1]
        guard next.isText, next.tight, next.text.count > line.text.count else { return false }
        return previousEndsBlock(index)
    }

    // MARK: - Building

    private mutating func startChapter(title: String, firstLine: Int, lastLine: Int, fromPageNumber: Bool) {
        outline.chapters.append(PDFOutline.Chapter(title: title, firstLine: firstLine, lastLine: lastLine))
        if !fromPageNumber {
            // A page of its own without recommendations: its text is one text article.
            startArticle(kind: .text, title: title, firstLine: firstLine, lastLine: lastLine)
        }
    }

    private mutating func startArticle(kind: Article.Kind, title: String, firstLine: Int, lastLine: Int) {
        if outline.chapters.isEmpty {
            diagnostics.append(document.warning(firstLine, "\"\(title)\" kommer før første kapitteltittel; lagt i et kapittel uten tittel"))
            outline.chapters.append(PDFOutline.Chapter(title: "", firstLine: firstLine, lastLine: lastLine))
        }
        let first = PDFOutline.Section(title: nil, kind: kind == .recommendation ? .recommendation : .other)
        let article = PDFOutline.Article(kind: kind, title: title, firstLine: firstLine, lastLine: lastLine, sections: [first])
        outline.chapters[outline.chapters.count - 1].articles.append(article)
        extendChapter(to: lastLine)
    }

    /// A fixed heading (kind given) or a sub-heading (kind nil: inherits within a recommendation).
    private mutating func startSection(title: String, kind: SectionKind?, line: PDFLine) {
        guard let c = outline.chapters.indices.last, let a = outline.chapters[c].articles.indices.last else {
            if kind == nil {
                append(line)
            } else {
                diagnostics.append(document.warning(line.number, "overskriften \"\(title)\" står utenfor enhver anbefaling; ignorert"))
            }
            return
        }
        let article = outline.chapters[c].articles[a]
        let inherited: SectionKind = article.kind == .recommendation
            ? (article.sections.last?.kind ?? .other) : .other
        let section = PDFOutline.Section(title: title, kind: kind ?? inherited, headingLine: line.number)
        outline.chapters[c].articles[a].sections.append(section)
        outline.chapters[c].articles[a].lastLine = line.number
        extendChapter(to: line.number)
    }

    private mutating func append(_ line: PDFLine) {
        guard let c = outline.chapters.indices.last else {
            outline.strayLines.append(line)
            return
        }
        if outline.chapters[c].articles.isEmpty {
            // Text under a chapter title before its first recommendation: the chapter's introduction.
            let chapter = outline.chapters[c]
            startArticle(kind: .text, title: chapter.title, firstLine: chapter.firstLine, lastLine: line.number)
        }
        let a = outline.chapters[c].articles.count - 1
        let s = outline.chapters[c].articles[a].sections.count - 1
        outline.chapters[c].articles[a].sections[s].lines.append(line)
        outline.chapters[c].articles[a].lastLine = line.number
        extendChapter(to: line.number)
    }

    private mutating func extendChapter(to line: Int) {
        guard let c = outline.chapters.indices.last else { return }
        outline.chapters[c].lastLine = max(outline.chapters[c].lastLine, line)
    }
}
