import Foundation
import GuideKit

/// `guide export`: a handout for trainers as Markdown, HTML or JSON, on stdout or written atomically
/// to a file (`-o`), whose path is then reported on stderr.
struct ExportCommand {
    enum Format: String, CaseIterable {
        case markdown, html, json
    }

    let invocation: Invocation
    let output: Output

    func run(_ openIndex: () throws -> IndexStore) throws {
        let format = try chosenFormat()
        guard !invocation.arguments.isEmpty else {
            throw UsageError(message: "'export' needs recommendation ids or words to search for", command: .export)
        }
        let selection = HandoutSelection(arguments: invocation.arguments, limit: invocation.limit,
                                         includeRationale: invocation.withRationale, title: invocation.title,
                                         created: NorwegianDate.format(Date()))
        let handout = try selection.answer(in: openIndex())
        let text: String
        switch format {
        case .markdown: text = HandoutMarkdownRenderer.render(handout)
        case .html: text = HandoutHTMLRenderer.render(handout)
        case .json: text = try JSONRenderer.render(ExportJSON(handout)) + "\n"
        }
        guard let path = invocation.output, path != "-" else {
            output.write(text)
            return
        }
        let url = URL(fileURLWithPath: path)
        do {
            // .atomic writes a temporary file beside the target and renames it over the target.
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ExportError(path: url.path, reason: (error as NSError).localizedDescription)
        }
        let count = handout.recommendations.count
        output.error("guide: wrote \(count) recommendation\(count == 1 ? "" : "s") (\(format.rawValue)) to \(url.path)")
    }

    /// `--format`, else `--json`, else the output file's extension, else Markdown.
    private func chosenFormat() throws(UsageError) -> Format {
        if let name = invocation.format {
            let formats = ["markdown": Format.markdown, "md": .markdown, "html": .html, "htm": .html, "json": .json]
            guard let format = formats[name.lowercased()] else {
                let names = Format.allCases.map(\.rawValue)
                let suggestion = Suggestion.closest(to: name.lowercased(), among: names)
                throw UsageError(message: "unknown format '\(name)'; use \(names.joined(separator: ", "))"
                                 + (suggestion.map { "; did you mean '\($0)'?" } ?? ""), command: .export)
            }
            if invocation.json && format != .json {
                throw UsageError(message: "'--json' and '--format \(name)' ask for different formats", command: .export)
            }
            return format
        }
        if invocation.json { return .json }
        switch invocation.output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "html"?, "htm"?: return .html
        case "json"?: return .json
        default: return .markdown
        }
    }
}

/// The handout could not be written where asked.
struct ExportError: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "cannot write \(path): \(reason)" }
}
