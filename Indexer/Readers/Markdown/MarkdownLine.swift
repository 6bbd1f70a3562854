import Foundation

/// One line of a Markdown body, classified by its block syntax.
enum MarkdownLine: Equatable {
    case blank
    /// `## Title {.text}`: level, text, and the classes of a trailing attribute block.
    case heading(level: Int, text: String, classes: [String])
    /// `- item`, `* item`, `+ item`, `1. item`: indentation of the marker and the item text.
    case listItem(indent: Int, text: String)
    /// `[id]: https://…` — a reference-link definition, not text.
    case linkDefinition(id: String, url: String)
    /// `---`, `***`: a thematic break, not text.
    case rule
    /// Running text (paragraph lines, block quotes with their `>` removed, fenced code).
    case text(indent: Int, text: String)

    static func classify(_ raw: String) -> MarkdownLine {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || TextCleanup.normalizeSpaces(trimmed).isEmpty { return .blank }
        let indent = TextCleanup.indentation(raw)
        if indent < 4, let heading = heading(trimmed) { return heading }
        if trimmed.firstRange(ofPattern: #"^([-*_])( *\1){2,}$"#) != nil { return .rule }
        if let item = trimmed.firstRange(ofPattern: #"^([-*+]|\d{1,3}[.)])\s+"#) {
            return .listItem(indent: indent, text: String(trimmed[item.upperBound...]))
        }
        if let definition = linkDefinition(trimmed) { return definition }
        if trimmed.hasPrefix(">") {
            let quoted = trimmed.drop { $0 == ">" || $0 == " " }
            return quoted.isEmpty ? .blank : .text(indent: indent, text: String(quoted))
        }
        return .text(indent: indent, text: trimmed)
    }

    /// `[id]: https://… "title"`.
    private static func linkDefinition(_ line: String) -> MarkdownLine? {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]"), close > line.index(after: line.startIndex)
        else { return nil }
        let afterClose = line.index(after: close)
        guard afterClose < line.endIndex, line[afterClose] == ":" else { return nil }
        let rest = line[line.index(after: afterClose)...].trimmingCharacters(in: .whitespaces)
        guard let target = rest.split(separator: " ").first else { return nil }
        let id = String(line[line.index(after: line.startIndex)..<close]).lowercased()
        return .linkDefinition(id: id, url: target.trimmingCharacters(in: CharacterSet(charactersIn: "<>")))
    }

    /// `#`–`######` followed by a space; closing `#`s and a `{.class}` attribute block are removed.
    private static func heading(_ line: String) -> MarkdownLine? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = line.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        var classes: [String] = []
        if text.hasSuffix("}"), let open = text.range(of: "{", options: .backwards) {
            let inside = text[open.upperBound..<text.index(before: text.endIndex)]
            classes = inside.split(separator: " ").filter { $0.hasPrefix(".") }.map { String($0.dropFirst()).lowercased() }
            text = String(text[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
        }
        while text.hasSuffix("#") { text.removeLast() }
        return .heading(level: hashes.count, text: text.trimmingCharacters(in: .whitespaces), classes: classes)
    }
}
