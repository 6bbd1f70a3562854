/// Reads a part's stored text back into paragraphs and checklists. The index keeps a part as its
/// blocks joined by blank lines, a checklist as its lead-in followed by "• item" lines indented
/// two spaces per level (`Checklist.text`), so the nesting comes back exactly.
extension HandoutBlock {
    static func blocks(of text: String) -> [HandoutBlock] {
        text.components(separatedBy: "\n\n").compactMap(block)
    }

    private static func block(_ chunk: String) -> HandoutBlock? {
        let lines = chunk.components(separatedBy: "\n")
        guard let firstItem = lines.firstIndex(where: { bullet($0) != nil }) else {
            let paragraph = joined(lines)
            return paragraph.isEmpty ? nil : .paragraph(paragraph)
        }
        var flat: [(depth: Int, text: String)] = []
        for line in lines[firstItem...] {
            if let item = bullet(line) {
                flat.append(item)
            } else if !flat.isEmpty, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                flat[flat.count - 1].text += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        var position = 0
        return .checklist(joined(Array(lines[..<firstItem])), tree(flat, depth: 0, position: &position))
    }

    /// "    • text" → (depth 2, "text").
    private static func bullet(_ line: String) -> (depth: Int, text: String)? {
        let indent = line.prefix { $0 == " " }.count
        let body = line.dropFirst(indent)
        guard body.hasPrefix("• ") || body == "•" else { return nil }
        return (indent / 2, body.dropFirst(1).trimmingCharacters(in: .whitespaces))
    }

    /// Items at `depth` from `position` on, each with the deeper items that follow it.
    private static func tree(_ flat: [(depth: Int, text: String)], depth: Int, position: inout Int) -> [ArticleDetail.Item] {
        var items: [ArticleDetail.Item] = []
        while position < flat.count, flat[position].depth >= depth {
            if flat[position].depth > depth, !items.isEmpty {
                items[items.count - 1].items += tree(flat, depth: flat[position].depth, position: &position)
                continue
            }
            items.append(ArticleDetail.Item(text: flat[position].text, items: []))
            position += 1
        }
        return items
    }

    private static func joined(_ lines: [String]) -> String {
        lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
