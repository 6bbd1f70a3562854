import Foundation
import GuideKit

/// A page stored as raw HTML (an old SharePoint page: a list item's fields glued before its
/// markup) read through the HTML tokenizer into the lines a page saved as text would have: headings
/// and paragraphs one a line, list items as "•" bullets. Each line keeps the number of the line it
/// came from. In-page tab navigation (lists of "#anchor" links) and the list item's address are chrome.
enum WebRawHTML {
    /// True when a line holds block markup rather than text that mentions a tag.
    static func holdsMarkup(_ text: String) -> Bool {
        text.firstRange(ofPattern: #"<(h[1-6]|p|div|ul|ol|li|br|table|span|a)( [^>]*)?/?>"#) != nil
            && text.firstRange(ofPattern: #"</(h[1-6]|p|div|ul|li|span|a)>"#) != nil
    }

    static func lines(_ lines: [WebPageLine], raw: [String]) -> [WebPageLine] {
        guard lines.contains(where: { holdsMarkup($0.text) }) else { return lines }
        var out: [WebPageLine] = []
        for line in lines {
            guard holdsMarkup(line.text), line.number - 1 < raw.count else {
                out.append(line)
                continue
            }
            out += converted(raw[line.number - 1], number: line.number)
        }
        return out
    }

    private static func converted(_ html: String, number: Int) -> [WebPageLine] {
        var lines: [String] = []
        var markup = html
        // The glued fields before the markup: "<title><list item address><title><field><field>…<text>".
        if let tag = markup.firstIndex(of: "<") {
            let lead = String(markup[..<tag])
            markup = String(markup[tag...])
            lines += leadingFields(lead, then: &markup)
        }
        // A heading's "subheader" span is the strength label the site shows under it.
        markup = markup.replacingPattern(#"(<h[1-6][^>]*>)(.*?)<span class="subheader">([^<]*)</span>"#, with: "<p>$3</p>$1$2")
        // Tab navigation: lists whose items are only links to anchors on the page.
        markup = markup.replacingPattern(##"<ul[^>]*>(\s*<li>\s*<a href="#[^"]*"[^>]*>[^<]*</a>\s*</li>\s*)+</ul>"##, with: "")
        let blocks = HTMLBlocks.read(markup, source: SourceSpan(path: "", firstLine: number, lastLine: number))
        for part in blocks.parts {
            switch part {
            case .heading(_, let text):
                lines.append(text)
            case .block(.paragraph(let p)):
                lines += p.text.split(separator: "\n").map(String.init)
            case .block(.checklist(let list)):
                if !list.leadIn.isEmpty { lines.append(list.leadIn) }
                lines += list.items.flatMap { bullets($0, depth: 0) }
            case .block:
                continue
            }
        }
        return lines.map { WebPageLine(number: number, raw: $0) }
    }

    private static func bullets(_ item: ChecklistItem, depth: Int) -> [String] {
        [String(repeating: "  ", count: depth) + "• " + item.text] + item.items.flatMap { bullets($0, depth: depth + 1) }
    }

    /// Text before the first tag: the list item's title before its address, the address, and fields
    /// glued without spaces ("…gravideSvangerskapsomsorgenRetningslinjeseksjon1FalseNasjonal faglig …").
    /// Gives the title as a line of its own; what follows the glued run joins the markup as text.
    private static func leadingFields(_ lead: String, then markup: inout String) -> [String] {
        guard let address = (lead.firstRange(ofPattern: #"https?://\S+?\.aspx\?ID=\d+"#) ?? lead.firstRange(ofPattern: #"https?://[^\s<]+"#)) else {
            markup = lead + markup
            return []
        }
        let title = String(lead[..<address.lowerBound]).trimmingCharacters(in: .whitespaces)
        var rest = String(lead[address.upperBound...])
        if !title.isEmpty, rest.hasPrefix(title) { rest = String(rest.dropFirst(title.count)) }
        // The first word run glued from fields: keep its last piece, where the text begins.
        if let space = rest.firstIndex(of: " ") {
            let run = String(rest[..<space])
            let pieces = WebBreadcrumb.gluedItems(run.replacingPattern(#"(\d)(\p{Lu})"#, with: "$1 $2"))
            if pieces.count > 1, let last = pieces.last?.split(separator: " ").last {
                rest = String(last) + rest[space...]
            }
        }
        markup = rest + markup
        return title.isEmpty ? [] : [title]
    }
}
