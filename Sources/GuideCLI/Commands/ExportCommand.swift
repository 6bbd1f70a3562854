import Foundation
import GuideKit

/// `guide export`: a handout for trainers as Markdown, HTML or JSON, on stdout or written atomically
/// to a file (`-o`), whose path is then reported on stderr.
struct ExportCommand: GuideSubcommand {
    enum Format: String, CaseIterable {
        case markdown, html, json
    }

    static let format = OptionDeclaration.value("--format", valueName: "F", synopsisValue: "markdown|html|json", help: [
        "markdown (default), html (one self-contained printable file) or json;",
        "without it, -o FILE.html gives html and FILE.json gives json",
    ])
    static let output = OptionDeclaration.value("--output", short: "-o", valueName: "FILE",
                                                help: ["Write to FILE (atomically) instead of stdout; the path goes to stderr"])
    static let title = OptionDeclaration.value("--title", valueName: "TEXT",
                                               help: ["Title of the handout (default: the guideline's title; never the query)"])
    static let limit = OptionDeclaration.limit("At most N recommendations from the search")
    static let withRationale = OptionDeclaration.flag("--with-rationale", help: ["Include the rationale (\"Begrunnelse\") of each recommendation"])
    static let whole = OptionDeclaration.flag("--whole", help: [
        "Take the recommendations the query finds whole; by default only their statement and",
        "the parts that answer the query (ids given by name are always whole)",
    ])

    static let declaration = CommandDeclaration(
        name: "export",
        overview: """
        Write a handout for trainers: the recommendations on a topic with statement, practical
        part, checklists, legal basis, hearing-draft notices and a numbered reference list.
        """,
        listing: ("export <topic>…", "Write a handout for trainers (Markdown, HTML or JSON)"),
        arguments: [ArgumentDeclaration("<id|query>", synopsis: "<id|query>…", help: [
            "Recommendation ids (as 'guide show' takes them, e.g. als/2.1) and/or",
            "words to search for; an argument that names a recommendation is an id,",
            "the others form the query. From the search, every recommendation scoring",
            "at least 30 % of the best hit is taken, at most --limit: its statement and",
            "the parts whose text holds most of the query's words (whole when its title",
            "holds them all, or with --whole).",
        ])],
        options: [format, output, title, limit, withRationale, whole],
        epilogue: """
        Exit codes: 0 written, 1 nothing selected (no hits, unknown id) or not writable, 64 usage
        error (unknown format, no arguments).
        """)

    let chosenFormat: Format
    let selection: HandoutSelection
    /// Where to write; nil (or "-") for stdout.
    let path: String?

    init(_ line: ParsedCommandLine) throws(UsageError) {
        path = line.value(of: Self.output)
        chosenFormat = try Self.format(named: line.value(of: Self.format), json: line.isSet(CommonOptions.json), path: path)
        selection = HandoutSelection(arguments: line.arguments, limit: line.limit(Self.limit),
                                     includeRationale: line.isSet(Self.withRationale), title: line.value(of: Self.title),
                                     created: HearingDeadline.text(HearingDeadline.today()), whole: line.isSet(Self.whole))
    }

    func run(in context: CommandContext) throws {
        let handout = try context.openIndex().ask(selection)
        let text: String
        switch chosenFormat {
        case .markdown: text = HandoutMarkdownRenderer.render(handout)
        case .html: text = HandoutHTMLRenderer.render(handout)
        case .json: text = try JSONRenderer.render(ExportJSON(handout)) + "\n"
        }
        guard let path, path != "-" else {
            context.output.write(text)
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
        context.output.error("guide: wrote \(count) recommendation\(count == 1 ? "" : "s") (\(chosenFormat.rawValue)) to \(url.path)")
    }

    /// `--format`, else `--json`, else the output file's extension, else Markdown.
    private static func format(named name: String?, json: Bool, path: String?) throws(UsageError) -> Format {
        if let name {
            let formats = ["markdown": Format.markdown, "md": .markdown, "html": .html, "htm": .html, "json": .json]
            guard let format = formats[name.lowercased()] else {
                let names = Format.allCases.map(\.rawValue)
                throw UsageError(message: "unknown format '\(name)'; use \(names.joined(separator: ", "))"
                                 + Suggestion.hint(for: name.lowercased(), among: names), command: "export", pointsToHelp: false)
            }
            if json && format != .json {
                throw UsageError(message: "'--json' and '--format \(name)' ask for different formats", command: "export",
                                 pointsToHelp: false)
            }
            return format
        }
        if json { return .json }
        switch path.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
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
