import GuideKit

/// Builds articles from a page's content units: the statement, sub-headed parts, "Praktisk" and
/// "Begrunnelse" parts (explicit headings, or a rationale that opens with "Hensikten med
/// anbefalingen …"), checklists with their lead-in, literature, links.
struct WebArticleAssembler {
    /// Which part of a recommendation the reader is in.
    enum Part {
        case statement, practical, rationale, literature
    }

    private struct Draft {
        var article: Article
        var part: Part = .statement
        var hasRationale = false
        var isIntroduction = false
    }

    let document: SourceDocument
    private var drafts: [Draft] = []
    private var pendingLabel = false
    private var lastWasParagraph = false

    init(document: SourceDocument) {
        self.document = document
    }

    var articles: [Article] { drafts.map(\.article) }

    /// Reads all units. `pageTitle` is the recommendation's title on a recommendation page; on a
    /// chapter page (`chapterPage`) it titles the introduction, and each recommendation title starts an article.
    mutating func assemble(_ units: [WebUnit], pageTitle: WebPageLine, chapterPage: Bool, pageKind: Article.Kind,
                           diagnostics: inout [Diagnostic]) {
        let pageTitleText = WebHeadings.withoutNumbering(pageTitle.text)
        if !chapterPage {
            start(title: pageTitleText, line: pageTitle.number, kind: pageKind)
        }
        let starts = WebUnit.recommendationStarts(in: units)
        for (i, unit) in units.enumerated() {
            if drafts.isEmpty, unit.kind != .recommendationTitle, unit.kind != .label {
                start(title: pageTitleText, line: pageTitle.number, kind: .text)
                drafts[drafts.count - 1].isIntroduction = true
            }
            switch unit.kind {
            case nil:
                addBullets(unit, diagnostics: &diagnostics)
            case .label:
                pendingLabel = true
                lastWasParagraph = false
            case .recommendationTitle:
                if opensArticle(i, starts: starts, chapterPage: chapterPage) {
                    start(title: unit.title, line: unit.firstLine, kind: .recommendation)
                } else if unit.text.count <= 80 {
                    addHeading(unit, kind: nil)
                } else {
                    addParagraph(unit)
                }
            case .practical:
                addHeading(unit, kind: .practical)
            case .rationale:
                addHeading(unit, kind: .rationale)
            case .literature:
                setPart(.literature)
                extend(to: unit.lastLine)
                lastWasParagraph = false
            case .subHeading:
                addHeading(unit, kind: nil)
            case .paragraph:
                addParagraph(unit)
            }
            if unit.kind != .label { pendingLabel = false }
        }
    }

    private func opensArticle(_ index: Int, starts: Set<Int>, chapterPage: Bool) -> Bool {
        guard let current = drafts.last, !current.isIntroduction, !pendingLabel else { return true }
        if starts.contains(index) { return chapterPage || current.part != .statement }
        return chapterPage && current.part != .rationale
    }

    // MARK: - Articles and sections

    private mutating func start(title: String, line: Int, kind: Article.Kind) {
        drafts.append(Draft(article: Article(kind: kind, title: title, source: document.span(line))))
        lastWasParagraph = false
    }

    private mutating func setPart(_ part: Part) {
        guard !drafts.isEmpty else { return }
        drafts[drafts.count - 1].part = part
        if part == .rationale { drafts[drafts.count - 1].hasRationale = true }
    }

    private var part: Part { drafts.last?.part ?? .statement }

    private mutating func extend(to line: Int) {
        guard let last = drafts.indices.last else { return }
        drafts[last].article.source = drafts[last].article.source.union(document.span(line))
    }

    /// A heading opens a section. Explicit "Praktisk"/"Begrunnelse" set the part; other sub-headings
    /// belong to the part they stand in (`.other` in the statement).
    private mutating func addHeading(_ unit: WebUnit, kind explicit: SectionKind?) {
        if let explicit {
            setPart(explicit == .practical ? .practical : .rationale)
        } else if part == .literature {
            setPart(drafts.last?.hasRationale == true ? .rationale : .statement)
        }
        let kind = explicit ?? {
            switch part {
            case .rationale: SectionKind.rationale
            case .practical: SectionKind.practical
            case .statement, .literature: SectionKind.other
            }
        }()
        openSection(title: unit.title, kind: kind, line: unit.firstLine)
        lastWasParagraph = false
    }

    private mutating func openSection(title: String?, kind: SectionKind, line: Int) {
        guard let last = drafts.indices.last else { return }
        drafts[last].article.sections.append(Section(title: title, kind: kind, source: document.span(line)))
        extend(to: line)
    }

    /// The section text goes into: the last one, or a new untitled statement.
    private mutating func ensureSection(line: Int) {
        guard let last = drafts.indices.last, drafts[last].article.sections.isEmpty else { return }
        let kind: SectionKind = drafts[last].article.kind == .text ? .other : .recommendation
        openSection(title: nil, kind: kind, line: line)
    }

    private mutating func append(_ block: Block) {
        guard let a = drafts.indices.last, let s = drafts[a].article.sections.indices.last else { return }
        drafts[a].article.sections[s].blocks.append(block)
        drafts[a].article.sections[s].source = drafts[a].article.sections[s].source.union(block.source)
        extend(to: block.source.lastLine)
    }

    // MARK: - Text

    private mutating func addParagraph(_ unit: WebUnit) {
        let text = unit.text
        if part == .literature || WebLiterature.isReference(text, inList: false) {
            addLiterature(text, line: unit.firstLine)
            lastWasParagraph = false
            return
        }
        if part != .rationale, drafts.last?.hasRationale == false, WebRationaleOpening.matches(text) {
            setPart(.rationale)
            openSection(title: nil, kind: .rationale, line: unit.firstLine)
        }
        ensureSection(line: unit.firstLine)
        append(.paragraph(Paragraph(text: text, source: document.span(unit.firstLine))))
        addLinks(in: text, line: unit.firstLine)
        lastWasParagraph = true
    }

    private mutating func addLiterature(_ text: String, line: Int) {
        guard let last = drafts.indices.last else { return }
        drafts[last].article.literature.append(LiteratureReference(text: text, source: document.span(line)))
        extend(to: line)
    }

    private mutating func addLinks(in text: String, line: Int) {
        guard let last = drafts.indices.last else { return }
        for url in WebText.urls(in: text) {
            drafts[last].article.links.append(Link(url: url, source: document.span(line)))
        }
    }

    /// A bullet run: a checklist under the paragraph before it, or literature in a literature list.
    private mutating func addBullets(_ unit: WebUnit, diagnostics: inout [Diagnostic]) {
        if part == .literature {
            for line in unit.lines { addLiterature(line.bulletText ?? line.text, line: line.number) }
            return
        }
        ensureSection(line: unit.firstLine)
        var leadIn = ""
        var first = unit.firstLine
        if lastWasParagraph, let a = drafts.indices.last, let s = drafts[a].article.sections.indices.last,
           case .paragraph(let p)? = drafts[a].article.sections[s].blocks.last {
            drafts[a].article.sections[s].blocks.removeLast()
            leadIn = p.text
            first = p.source.firstLine
        } else {
            let section = drafts.last?.article.sections.last
            leadIn = section?.title ?? drafts.last?.article.title ?? ""
            // A heading right above the list leads it in; only a list under nothing is worth a word.
            let underHeading = section?.title != nil && section?.blocks.isEmpty == true
            if !underHeading { diagnostics.append(document.warning(unit.firstLine, "punktliste uten innledende setning; bruker \"\(leadIn)\"")) }
        }
        let entries = unit.lines.map { ListNesting.Entry(indent: $0.indent, text: $0.bulletText ?? $0.text, line: $0.number) }
        let items = ListNesting.items(entries, path: document.path)
        append(.checklist(Checklist(leadIn: leadIn, items: items, source: document.span(first, unit.lastLine))))
        for line in unit.lines { addLinks(in: line.text, line: line.number) }
        lastWasParagraph = false
    }
}
