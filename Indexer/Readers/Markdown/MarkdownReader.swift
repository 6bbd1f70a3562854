import Foundation
import GuideKit

/// Reads guidelines the team writes itself in Markdown: a front-matter block (`MarkdownFrontMatter`)
/// for title, publisher, kind, status, deadline and url, then `#` chapters, `##` recommendations
/// (`{.text}` marks a text page), `###` parts and lists as checklists (`MarkdownAssembler` documents
/// the conventions). Fenced code keeps its lines as text; HTML comments are skipped.
public struct MarkdownReader: GuidelineReader {
    public init() {}

    public var name: String { "markdown" }

    public func fitness(for document: SourceDocument) -> Double {
        let ext = document.path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        let lines = document.lines
        if ext == "md" || ext == "markdown" { return lines.isEmpty ? 0.5 : 0.95 }
        // Only a line holding "#" can be a heading: the others need not be classified.
        let headings = lines.filter {
            guard $0.utf8.contains(UInt8(ascii: "#")) else { return false }
            if case .heading = MarkdownLine.classify($0) { return true } else { return false }
        }.count
        let frontMatter = lines.first?.trimmingCharacters(in: .whitespaces) == "---"
            && lines.dropFirst().prefix(20).contains { $0.firstRange(ofPattern: #"^[A-Za-z][\w-]*\s*:"#) != nil }
        var score = 0.0
        if frontMatter { score += 0.6 }
        if headings >= 2 { score += 0.3 } else if headings == 1 { score += 0.15 }
        return min(score, 0.9)
    }

    public func read(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> Guideline? {
        let front = MarkdownFrontMatter.parse(document, diagnostics: &diagnostics)
        let body = Array(document.lines.enumerated().dropFirst(front.bodyStart))
        let classified = Self.classify(body)
        var definitions: [String: String] = [:]
        for (_, line) in classified {
            if case .linkDefinition(let id, let url) = line, definitions[id] == nil { definitions[id] = url }
        }
        let title = front.values["title"] ?? ""
        var assembler = MarkdownAssembler(document: document, definitions: definitions, guidelineTitle: title)
        for (number, line) in classified {
            assembler.add(line, number: number, diagnostics: &diagnostics)
        }
        assembler.finish(diagnostics: &diagnostics)
        guard !assembler.chapters.isEmpty || !front.values.isEmpty else { return nil }
        if title.isEmpty {
            diagnostics.append(document.warning(front.bodyStart > 0 ? 1 : nil, "ingen 'title' i front matter"))
        }
        return Guideline(id: document.baseName, title: title, publisher: front.values["publisher"], kind: front.values["kind"],
                         status: front.status, url: front.values["url"], accessed: front.values["accessed"],
                         year: front.values["year"], place: front.values["place"], chapters: assembler.chapters,
                         source: document.span(1, max(1, document.lines.count)))
    }

    /// Classifies body lines (1-based numbers), keeping fenced code as text and skipping HTML comments.
    static func classify(_ body: [(offset: Int, element: String)]) -> [(Int, MarkdownLine)] {
        var result: [(Int, MarkdownLine)] = []
        var fence: String?
        var inComment = false
        for (offset, raw) in body {
            let number = offset + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if let open = fence {
                if trimmed.hasPrefix(open) {
                    fence = nil
                    result.append((number, .blank))
                } else {
                    result.append((number, trimmed.isEmpty ? .blank : .text(indent: 0, text: trimmed)))
                }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                result.append((number, .blank))
                continue
            }
            if trimmed.hasPrefix("<!--") {
                if !trimmed.contains("-->") { inComment = true }
                continue
            }
            result.append((number, MarkdownLine.classify(raw)))
        }
        return result
    }
}
