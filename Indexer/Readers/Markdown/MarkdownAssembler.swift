import Foundation
import GuideKit

/// Builds chapters, articles and sections from classified Markdown lines.
///
/// Conventions (what a team writing its own guideline uses):
/// - `# Title` — a chapter.
/// - `## Title` — a recommendation; `## Title {.text}` — a text page (informative, no advice).
///   Any other `{.class}` is reported and ignored.
/// - `### Praktisk …` — the practical part; `### Begrunnelse …` — the rationale; `### Referanser`
///   (or Litteratur, Kilder) — the literature list; any other `### Title` — a part of kind `.other`.
///   `####` and deeper are sub-parts of the part they stand in.
/// - Text under `##` before any `###` is the statement. Text under `#` before any `##` is the chapter's
///   introduction, kept as a text page titled like the chapter.
/// - Lists (`-`, `*`, `+`, `1.`) nest by indentation and become checklists under the paragraph before
///   them as lead-in.
struct MarkdownAssembler {
    private enum Part {
        case statement, practical, rationale, literature
    }

    let document: SourceDocument
    let definitions: [String: String]
    let guidelineTitle: String
    private(set) var chapters: [Chapter] = []

    private var part: Part = .statement
    private var paragraph: [(line: Int, text: String)] = []
    private var list: [ListNesting.Entry] = []
    private var blankInList = false
    private var lastWasParagraph = false

    init(document: SourceDocument, definitions: [String: String], guidelineTitle: String) {
        self.document = document
        self.definitions = definitions
        self.guidelineTitle = guidelineTitle
    }

    // MARK: - Lines

    mutating func add(_ line: MarkdownLine, number: Int, diagnostics: inout [Diagnostic]) {
        switch line {
        case .blank:
            flushParagraph(diagnostics: &diagnostics)
            if !list.isEmpty { blankInList = true }
        case .heading(let level, let text, let classes):
            flush(diagnostics: &diagnostics)
            heading(level: level, text: text, classes: classes, line: number, diagnostics: &diagnostics)
        case .listItem(let indent, let text):
            flushParagraph(diagnostics: &diagnostics)
            list.append(ListNesting.Entry(indent: indent, text: text, line: number))
            blankInList = false
        case .text(let indent, let text):
            if !list.isEmpty, !blankInList || indent >= 2 {
                list[list.count - 1].text += " " + text
                list[list.count - 1].lastLine = number
                return
            }
            flushList(diagnostics: &diagnostics)
            paragraph.append((number, text))
        case .linkDefinition:
            break
        case .rule:
            flush(diagnostics: &diagnostics)
        }
    }

    mutating func finish(diagnostics: inout [Diagnostic]) {
        flush(diagnostics: &diagnostics)
        for c in chapters.indices {
            for article in chapters[c].articles where article.sections.isEmpty && article.literature.isEmpty {
                let what = article.kind == .text ? "tekstsiden" : "anbefalingen"
                diagnostics.append(document.warning(article.source.firstLine, "\(what) \"\(article.title)\" har ingen tekst"))
            }
            if chapters[c].articles.isEmpty {
                diagnostics.append(document.warning(chapters[c].source.firstLine, "kapittelet \"\(chapters[c].title)\" har ingen anbefalinger eller tekst"))
            }
        }
    }

    // MARK: - Headings

    private mutating func heading(level: Int, text: String, classes: [String], line: Int, diagnostics: inout [Diagnostic]) {
        let title = MarkdownInline.render(text, definitions: definitions).text
        lastWasParagraph = false
        switch level {
        case 1:
            chapters.append(Chapter(number: chapters.count + 1, title: title, source: document.span(line)))
            part = .statement
        case 2:
            ensureChapter(line: line, diagnostics: &diagnostics)
            let unknown = classes.filter { $0 != "text" && $0 != "recommendation" }
            if !unknown.isEmpty {
                diagnostics.append(document.warning(line, "ukjent overskriftsklasse {.\(unknown.joined(separator: " ."))}; bare {.text} (tekstside) er kjent"))
            }
            let kind: Article.Kind = classes.contains("text") ? .text : .recommendation
            chapters[chapters.count - 1].articles.append(Article(kind: kind, title: title, source: document.span(line)))
            part = .statement
        default:
            ensureArticle(line: line, diagnostics: &diagnostics)
            let key = title.lowercased()
            if level == 3 {
                if ["referanser", "litteratur", "kilder", "referanseliste", "litteraturliste"].contains(key) {
                    part = .literature
                    extend(to: line)
                    return
                }
                part = key.hasPrefix("praktisk") ? .practical : key.hasPrefix("begrunnelse") ? .rationale : .statement
            } else if part == .literature {
                extend(to: line)
                return
            }
            let kind: SectionKind = switch part {
            case .practical: .practical
            case .rationale: .rationale
            case .statement, .literature: .other
            }
            openSection(title: title, kind: kind, line: line)
        }
    }

    private mutating func ensureChapter(line: Int, diagnostics: inout [Diagnostic]) {
        guard chapters.isEmpty else { return }
        let title = guidelineTitle.isEmpty ? document.baseName : guidelineTitle
        diagnostics.append(document.warning(line, "tekst før første kapitteloverskrift ('#'); lagt i et kapittel med navnet \"\(title)\""))
        chapters.append(Chapter(number: 1, title: title, source: document.span(line)))
    }

    /// Text under a chapter heading before its first `##` is the chapter's introduction (a text page).
    private mutating func ensureArticle(line: Int, diagnostics: inout [Diagnostic]) {
        ensureChapter(line: line, diagnostics: &diagnostics)
        let c = chapters.count - 1
        guard chapters[c].articles.isEmpty else { return }
        chapters[c].articles.append(Article(kind: .text, title: chapters[c].title, source: document.span(line)))
    }

    private mutating func openSection(title: String?, kind: SectionKind, line: Int) {
        let c = chapters.count - 1
        guard c >= 0, let a = chapters[c].articles.indices.last else { return }
        chapters[c].articles[a].sections.append(Section(title: title, kind: kind, source: document.span(line)))
        extend(to: line)
    }

    private mutating func ensureSection(line: Int, diagnostics: inout [Diagnostic]) {
        ensureArticle(line: line, diagnostics: &diagnostics)
        let c = chapters.count - 1
        guard let a = chapters[c].articles.indices.last, chapters[c].articles[a].sections.isEmpty else { return }
        openSection(title: nil, kind: chapters[c].articles[a].kind == .text ? .other : .recommendation, line: line)
    }

    private mutating func extend(to line: Int) {
        guard let c = chapters.indices.last else { return }
        chapters[c].source = chapters[c].source.union(document.span(line))
        if let a = chapters[c].articles.indices.last {
            chapters[c].articles[a].source = chapters[c].articles[a].source.union(document.span(line))
        }
    }

    // MARK: - Blocks

    private mutating func flush(diagnostics: inout [Diagnostic]) {
        flushParagraph(diagnostics: &diagnostics)
        flushList(diagnostics: &diagnostics)
    }

    private mutating func flushParagraph(diagnostics: inout [Diagnostic]) {
        guard let first = paragraph.first, let last = paragraph.last else { return }
        let rendered = MarkdownInline.render(paragraph.map(\.text).joined(separator: " "), definitions: definitions)
        let span = document.span(first.line, last.line)
        paragraph = []
        if part == .literature {
            addLiterature(rendered.text, span: span, diagnostics: &diagnostics)
            return
        }
        ensureSection(line: first.line, diagnostics: &diagnostics)
        append(.paragraph(Paragraph(text: rendered.text, source: span)), links: rendered.links)
        lastWasParagraph = true
    }

    private mutating func flushList(diagnostics: inout [Diagnostic]) {
        guard let first = list.first, let lastEntry = list.last else { return }
        let end = lastEntry.lastLine ?? lastEntry.line
        var entries = list
        list = []
        blankInList = false
        var links: [(text: String?, url: String)] = []
        for i in entries.indices {
            let rendered = MarkdownInline.render(entries[i].text, definitions: definitions)
            entries[i].text = rendered.text
            links += rendered.links
        }
        if part == .literature {
            for entry in entries { addLiterature(entry.text, span: document.span(entry.line), diagnostics: &diagnostics) }
            return
        }
        ensureSection(line: first.line, diagnostics: &diagnostics)
        var leadIn: String?
        var start = first.line
        let c = chapters.count - 1
        if lastWasParagraph, let a = chapters[c].articles.indices.last, let s = chapters[c].articles[a].sections.indices.last,
           case .paragraph(let p)? = chapters[c].articles[a].sections[s].blocks.last {
            chapters[c].articles[a].sections[s].blocks.removeLast()
            leadIn = p.text
            start = p.source.firstLine
        }
        if leadIn == nil {
            let fallback = chapters[c].articles.last.flatMap { $0.sections.last?.title ?? $0.title } ?? ""
            diagnostics.append(document.warning(first.line, "liste uten innledende avsnitt; bruker \"\(fallback)\""))
            leadIn = fallback
        }
        let items = ListNesting.items(entries, path: document.path)
        append(.checklist(Checklist(leadIn: leadIn ?? "", items: items, source: document.span(start, end))), links: links)
        lastWasParagraph = false
    }

    private mutating func append(_ block: Block, links: [(text: String?, url: String)]) {
        let c = chapters.count - 1
        guard c >= 0, let a = chapters[c].articles.indices.last, let s = chapters[c].articles[a].sections.indices.last else { return }
        chapters[c].articles[a].sections[s].blocks.append(block)
        chapters[c].articles[a].sections[s].source = chapters[c].articles[a].sections[s].source.union(block.source)
        for link in links {
            chapters[c].articles[a].links.append(Link(text: link.text, url: link.url, source: block.source))
        }
        extend(to: block.source.lastLine)
    }

    private mutating func addLiterature(_ text: String, span: SourceSpan, diagnostics: inout [Diagnostic]) {
        ensureArticle(line: span.firstLine, diagnostics: &diagnostics)
        let c = chapters.count - 1
        guard let a = chapters[c].articles.indices.last else { return }
        chapters[c].articles[a].literature.append(LiteratureReference(text: text, source: span))
        extend(to: span.lastLine)
        lastWasParagraph = false
    }
}
