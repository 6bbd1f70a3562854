import GuideKit

/// Reads Helsedirektoratet guideline PDFs saved as plain text.
///
/// The text has the PDF's quirks: every wrapped line is followed by a blank line; a hearing banner
/// repeats on every page; each page ends with the list of the URLs linked on it; link texts were
/// pulled out of their sentences and glued to the line's end; page numbers stand alone before
/// chapter titles; bullet marks are lost. The reader classifies lines (`PDFPageLayout`), puts link
/// texts back (`PDFGlueRepair`), finds chapters, recommendations and sections (`PDFOutlineParser`),
/// builds paragraphs and checklists (`PDFBlockBuilder`) and attaches each page's links to the
/// articles on it (`PDFLinkAttacher`).
public struct PDFTextReader: GuidelineReader {
    /// The lines scoring classified, and of which text (`assessed`): reading that text starts from them.
    private let classified: (lines: [String], kinds: [PDFLine.Kind])?

    public init() { classified = nil }

    private init(lines: [String], kinds: [PDFLine.Kind]) { classified = (lines, kinds) }

    public var name: String { "pdf" }

    public func fitness(for document: SourceDocument) -> Double {
        PDFFitness.score(document.lines)
    }

    public func assessed(_ document: SourceDocument) -> (fitness: Double, reader: any GuidelineReader) {
        let assessment = PDFFitness.assess(document.lines)
        guard let kinds = assessment.kinds else { return (assessment.score, self) }
        return (assessment.score, PDFTextReader(lines: document.lines, kinds: kinds))
    }

    public func read(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> Guideline? {
        let lines = repairedLines(document)
        let outline = PDFOutlineParser.parse(document, lines: lines, diagnostics: &diagnostics)
        guard !outline.chapters.isEmpty else { return nil }
        let pages = PDFPageLayout.pages(lines)
        let links = PDFLinkAttacher.links(pages: pages, outline: outline, document: document, diagnostics: &diagnostics)
        let urls = pages.flatMap { $0.urls.map(\.url) }
        let slugs = Set(outline.chapters.flatMap { [$0.title] + $0.articles.map(\.title) }.map(PDFAddress.slug))
        let stem = PDFAddress.guidelineStem(urls: urls, titleSlugs: slugs)

        var chapters: [Chapter] = []
        for (c, draft) in outline.chapters.enumerated() {
            var chapter = Chapter(number: c + 1, title: draft.title, source: document.span(draft.firstLine, draft.lastLine))
            for (a, article) in draft.articles.enumerated() {
                var built = build(article, document: document, diagnostics: &diagnostics)
                built.links = links[PDFLinkAttacher.Target(chapter: c, article: a)] ?? []
                built.url = PDFAddress.articleAddress(title: article.title, stem: stem, urls: urls)
                chapter.articles.append(built)
            }
            chapters.append(chapter)
        }
        let furniture = lines.filter { $0.kind == .furniture }.map(\.raw)
        var dates = PublicationDates()
        for line in furniture { if let found = PublicationDates.parse(line) { dates.merge(found) } }
        let printedTitle = furniture.lazy.compactMap(PDFPrintFurniture.title(inHeader:)).first
        let printedAddress = furniture.lazy.compactMap(PDFPrintFurniture.address(inFooter:)).first
        return Guideline(id: document.baseName, title: outline.title.isEmpty ? printedTitle ?? "" : outline.title,
                         status: status(lines), url: stem ?? printedAddress,
                         firstPublished: dates.firstPublished, lastChanged: dates.lastChanged,
                         chapters: chapters, source: document.span(1, max(1, document.lines.count)))
    }

    // MARK: - Steps

    /// Classified lines with the text of running lines repaired.
    private func repairedLines(_ document: SourceDocument) -> [PDFLine] {
        // The classes scoring found, when they are of this text (the same array, compared by identity first).
        let kinds = classified.flatMap { $0.lines == document.lines ? $0.kinds : nil }
        var lines = PDFPageLayout.classify(document.lines, kinds: kinds)
        let vocabulary = PDFVocabulary(lines: lines.filter(\.isText).map { PDFTextNormalizer.decodePercentEscapes($0.raw) })
        let repair = PDFGlueRepair(vocabulary: vocabulary)
        for i in lines.indices {
            switch lines[i].kind {
            case .text:
                let result = repair.repair(lines[i].raw, startsPage: lines[i].startsPage)
                lines[i].text = result.text
                lines[i].linkCues = result.cues + PDFTextNormalizer.linkCueCount(result.text)
                if result.text.isEmpty { lines[i].kind = .blank }
            case .label, .heading, .banner, .pageNumber:
                lines[i].text = TextCleanup.normalizeSpaces(lines[i].raw)
            default:
                break
            }
        }
        return lines
    }

    private func build(_ draft: PDFOutline.Article, document: SourceDocument, diagnostics: inout [Diagnostic]) -> Article {
        let breaks = PDFLineBreaks(width: PDFLineBreaks.estimateWidth(draft.bodyLines))
        let builder = PDFBlockBuilder(breaks: breaks, path: document.path)
        var sections: [Section] = []
        for section in draft.sections {
            let blocks = builder.blocks(section.lines)
            let first = section.headingLine ?? section.lines.first?.number ?? draft.firstLine
            let last = section.lines.last?.number ?? first
            if blocks.isEmpty {
                if let title = section.title {
                    diagnostics.append(document.warning(first, "avsnittet \"\(title)\" i \"\(draft.title)\" har ingen tekst"))
                }
                continue
            }
            sections.append(Section(title: section.title, kind: section.kind, blocks: blocks, source: document.span(first, last)))
        }
        if draft.kind == .recommendation {
            for (kind, name) in [(SectionKind.recommendation, "anbefalingstekst"), (.practical, "\"Praktisk\"-avsnitt"),
                                 (.rationale, "\"Begrunnelse\"-avsnitt")] where !sections.contains(where: { $0.kind == kind }) {
                diagnostics.append(document.warning(draft.firstLine, "anbefalingen \"\(draft.title)\" mangler \(name)"))
            }
        }
        var article = Article(kind: draft.kind, title: draft.title, sections: sections,
                              source: document.span(draft.firstLine, draft.lastLine))
        article.literature = sections.filter { $0.kind == .references }
            .flatMap(\.paragraphs).map { LiteratureReference(text: $0.text, source: $0.source) }
        return article
    }

    /// A hearing draft when the banner is there; the deadline from the first banner that names one,
    /// and whether a banner says the deadline has passed.
    private func status(_ lines: [PDFLine]) -> GuidelineStatus {
        let banners = lines.filter { $0.kind == .banner }
        guard !banners.isEmpty else { return .published }
        return .hearingDraft(deadline: banners.lazy.compactMap { HearingBanner.deadline(in: $0.raw) }.first,
                             deadlinePassedStated: banners.contains { HearingStatement.statesDeadlinePassed($0.raw) })
    }
}
