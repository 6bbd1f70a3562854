import GuideKit

/// What an HTML fragment says, in the model's terms: headings and blocks in reading order, and the
/// links it carries. Paragraphs (`p`, `blockquote`, loose text), lists as checklists whose lead-in
/// is the paragraph just before them (nested lists stay nested items), tables as one paragraph per
/// row ("cell | cell", the header row kept). `strong`, `em`, `span`, `div` … are transparent.
/// The API gives no lines per field, so every piece carries the same `source`.
struct HTMLBlocks {
    enum Part: Equatable {
        case heading(level: Int, text: String)
        case block(Block)
    }

    var parts: [Part] = []
    var links: [Link] = []
    let source: SourceSpan

    /// Reads a fragment; broken HTML gives what could be read, never an error.
    static func read(_ html: String, source: SourceSpan) -> HTMLBlocks {
        var blocks = HTMLBlocks(source: source)
        var inline = InlineText()
        blocks.readBlocks(HTMLTree.parse(html), inline: &inline)
        blocks.flush(&inline)
        return blocks
    }

    /// True when the fragment holds no words (empty, `<p>&nbsp;</p>`, an empty list).
    var isEmpty: Bool { parts.isEmpty }

    // MARK: - Blocks

    private mutating func readBlocks(_ nodes: [HTMLNode], inline: inout InlineText) {
        for node in nodes {
            guard case .element(let name, _, let children) = node else {
                if case .text(let text) = node { inline.append(text) }
                continue
            }
            switch name {
            case "p", "blockquote", "pre", "dt", "dd", "figcaption":
                flush(&inline)
                if children.contains(where: Self.holdsBlocks) {
                    var inner = InlineText()
                    readBlocks(children, inline: &inner)
                    flush(&inner)
                } else {
                    var own = InlineText()
                    collectInline(children, into: &own)
                    flush(&own)
                }
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush(&inline)
                var own = InlineText()
                collectInline(children, into: &own)
                let text = own.text(lineBreaks: false)
                if !text.isEmpty, let level = Int(name.dropFirst()) { parts.append(.heading(level: level, text: text)) }
            case "ul", "ol":
                flush(&inline)
                readList(children)
            case "table":
                flush(&inline)
                readTable(children)
            case "br":
                inline.lineBreak()
            case "hr":
                flush(&inline)
            case "div", "section", "article", "figure", "dl", "li", "tbody", "thead", "tr", "td", "th", "center", "main":
                flush(&inline)
                readBlocks(children, inline: &inline)
                flush(&inline)
            default:
                if case .element = node, children.contains(where: Self.holdsBlocks) {
                    readBlocks(children, inline: &inline)  // an inline element wrapped around blocks
                } else {
                    collectInline([node], into: &inline)
                }
            }
        }
    }

    private mutating func flush(_ inline: inout InlineText) {
        let text = inline.text(lineBreaks: true)
        inline = InlineText()
        guard !text.isEmpty else { return }
        parts.append(.block(.paragraph(Paragraph(text: text, source: source))))
    }

    /// A list: a checklist led in by the paragraph just before it. A list whose every item is only
    /// a heading (the API's way of numbering sub-headings) gives those headings instead.
    private mutating func readList(_ nodes: [HTMLNode]) {
        let items = listItems(nodes)
        let elements = nodes.filter { if case .element(let n, _, _) = $0 { n == "li" } else { false } }
        if !elements.isEmpty, elements.allSatisfy(Self.isHeadingOnly) {
            for case .element(_, _, let children) in elements {
                var inner = InlineText()
                readBlocks(children, inline: &inner)
                flush(&inner)
            }
            return
        }
        guard !items.isEmpty else { return }
        var leadIn = ""
        if case .block(.paragraph(let p))? = parts.last {
            leadIn = p.text
            parts.removeLast()
        }
        parts.append(.block(.checklist(Checklist(leadIn: leadIn, items: items, source: source))))
    }

    private mutating func listItems(_ nodes: [HTMLNode]) -> [ChecklistItem] {
        var items: [ChecklistItem] = []
        for node in nodes {
            switch node {
            case .element("li", _, let children):
                var own = InlineText()
                var nested: [ChecklistItem] = []
                collectItem(children, text: &own, nested: &nested)
                let text = own.text(lineBreaks: false)
                if text.isEmpty && nested.isEmpty { continue }
                if text.isEmpty, !items.isEmpty {
                    items[items.count - 1].items += nested  // a list nested between items belongs to the one before
                } else {
                    items.append(ChecklistItem(text: text, items: nested, source: source))
                }
            case .element("ul", _, let children), .element("ol", _, let children):
                // A list directly inside a list (no li around it): its items nest under the last item.
                let nested = listItems(children)
                if items.isEmpty { items += nested } else { items[items.count - 1].items += nested }
            case .text(let text) where !InlineText.collapse(text).isEmpty:
                items.append(ChecklistItem(text: InlineText.collapse(text), source: source))
            default:
                continue
            }
        }
        return items
    }

    /// An item's own words (paragraphs inside it joined) and the items of the lists inside it.
    private mutating func collectItem(_ nodes: [HTMLNode], text: inout InlineText, nested: inout [ChecklistItem]) {
        for node in nodes {
            switch node {
            case .element("ul", _, let children), .element("ol", _, let children):
                nested += listItems(children)
            case .element(let name, _, let children) where Self.isBlockContainer(name):
                text.append(" ")
                collectItem(children, text: &text, nested: &nested)
                text.append(" ")
            case .element("table", _, let children):
                for row in tableRows(children) { text.append(" " + row + " ") }
            default:
                collectInline([node], into: &text)
            }
        }
    }

    private mutating func readTable(_ nodes: [HTMLNode]) {
        for row in tableRows(nodes) {
            parts.append(.block(.paragraph(Paragraph(text: row, source: source))))
        }
    }

    /// Each row as its cells' texts joined by " | "; empty rows left out, a caption as a row of its own.
    private mutating func tableRows(_ nodes: [HTMLNode]) -> [String] {
        var rows: [String] = []
        // Cells outside any row (a missing <tr>) make a row of their own.
        let loose = nodes.filter { if case .element(let n, _, _) = $0 { n == "td" || n == "th" } else { false } }
        if !loose.isEmpty { rows += tableRows([.element(name: "tr", attributes: [:], children: loose)]) }
        for node in nodes {
            guard case .element(let name, _, let children) = node else { continue }
            switch name {
            case "tr":
                let cells = children.compactMap { cell -> String? in
                    guard case .element(let n, _, let content) = cell, n == "td" || n == "th" else { return nil }
                    var text = InlineText()
                    var ignored: [ChecklistItem] = []
                    collectItem(content, text: &text, nested: &ignored)
                    return ([text.text(lineBreaks: false)] + ignored.flatMap(\.allTexts)).filter { !$0.isEmpty }.joined(separator: "; ")
                }
                if cells.contains(where: { !$0.isEmpty }) { rows.append(cells.joined(separator: " | ")) }
            case "caption":
                var text = InlineText()
                collectInline(children, into: &text)
                let caption = text.text(lineBreaks: false)
                if !caption.isEmpty { rows.append(caption) }
            case "thead", "tbody", "tfoot":
                rows += tableRows(children)
            default:
                continue
            }
        }
        return rows
    }

    // MARK: - Inline

    /// Text of inline content; `a href` becomes a link, `br` a line break, anything else its text.
    private mutating func collectInline(_ nodes: [HTMLNode], into text: inout InlineText) {
        for node in nodes {
            switch node {
            case .text(let t):
                text.append(t)
            case .element("br", _, _):
                text.lineBreak()
            case .element("a", let attributes, let children):
                var own = InlineText()
                collectInline(children, into: &own)
                let words = own.text(lineBreaks: false)
                text.append(own.raw)
                if let href = attributes["href"]?.trimmingCharacters(in: .whitespaces), !href.isEmpty,
                   !href.hasPrefix("#"), !href.lowercased().hasPrefix("javascript:") {
                    links.append(Link(text: words.isEmpty ? nil : words, url: href, source: source))
                }
            case .element(let name, _, let children):
                if Self.isBlockContainer(name) || name == "li" { text.append(" ") }
                collectInline(children, into: &text)
                if Self.isBlockContainer(name) || name == "li" { text.append(" ") }
            }
        }
    }

    private static func isBlockContainer(_ name: String) -> Bool {
        HTMLTree.blockElements.contains(name) && name != "ul" && name != "ol" && name != "table" && name != "li"
    }

    private static func holdsBlocks(_ node: HTMLNode) -> Bool {
        guard case .element(let name, _, let children) = node else { return false }
        return HTMLTree.blockElements.contains(name) || children.contains(where: holdsBlocks)
    }

    /// An `li` whose only content is one heading.
    private static func isHeadingOnly(_ node: HTMLNode) -> Bool {
        guard case .element(_, _, let children) = node else { return false }
        let meaningful = children.filter { if case .text(let t) = $0 { !InlineText.collapse(t).isEmpty } else { true } }
        guard meaningful.count == 1, case .element(let name, _, _) = meaningful[0] else { return false }
        return ["h1", "h2", "h3", "h4", "h5", "h6"].contains(name)
    }
}
