import Foundation
import GuideKit

/// `guide export`: a handout for trainers as Markdown, HTML or JSON, on stdout or written atomically
/// to a file (`-o`), whose path is then reported on stderr.
struct ExportCommand: GuideSubcommand {
    enum Format: String, CaseIterable {
        case markdown, html, json
    }

    static let format = OptionDeclaration.value("--format", valueName: "F", synopsisValue: "markdown|html|json", help: [
        "markdown (standard), html (én selvstendig fil for utskrift) eller json;",
        "uten: -o FILE.html gir html og FILE.json gir json",
    ])
    static let output = OptionDeclaration.value("--output", short: "-o", valueName: "FILE",
                                                help: ["Skriv til FILE (atomisk) i stedet for stdout; stien skrives til stderr"])
    static let title = OptionDeclaration.value("--title", valueName: "TEKST",
                                               help: ["Tittelen på utdelingsarket (standard: retningslinjens tittel; aldri søket)"])
    static let limit = OptionDeclaration.limit("Høyst N anbefalinger fra søket")
    static let withRationale = OptionDeclaration.flag("--with-rationale", help: ["Ta med begrunnelsen («Begrunnelse») for hver anbefaling"])
    static let whole = OptionDeclaration.flag("--whole", help: [
        "Ta med anbefalingene søket finner i sin helhet; ellers bare selve anbefalingen og",
        "delene som svarer på søket (id-er gitt ved navn tas alltid med hele)",
    ])

    static let declaration = CommandDeclaration(
        name: "export",
        overview: """
        Skriv et utdelingsark for opplæring: anbefalingene om et tema med anbefalingen, praktisk informasjon, sjekklister, lovgrunnlag, merknader om høringsutkast og en nummerert kildeliste.
        """,
        listing: ("export <tema>…", "Skriv et utdelingsark for opplæring (Markdown, HTML eller JSON)"),
        arguments: [ArgumentDeclaration("<id|søk>", synopsis: "<id|søk>…", help: [
            "Anbefalings-id-er (slik 'guide show' tar dem, f.eks. als/2.1) og/eller",
            "ord å søke etter; et argument som navngir en anbefaling, er en id,",
            "de andre utgjør søket. Fra søket tas hver anbefaling med minst 30 %",
            "av poengsummen til beste treff, høyst --limit: selve anbefalingen og",
            "delene der teksten har flest av søkeordene (hele når tittelen",
            "har alle, eller med --whole).",
        ])],
        options: [format, output, title, limit, withRationale, whole],
        epilogue: """
        Avslutningskoder: 0 skrevet, 1 ingenting valgt (ingen treff, ukjent id) eller kan ikke skrive, 64 feil bruk (ukjent format, ingen argumenter).
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
            throw ExportError(path: url.path, reason: SystemErrorText.text(for: error))
        }
        let count = handout.recommendations.count
        context.output.error("guide: skrev \(count) anbefaling\(count == 1 ? "" : "er") (\(chosenFormat.rawValue)) til \(url.path)")
    }

    /// `--format`, else `--json`, else the output file's extension, else Markdown.
    private static func format(named name: String?, json: Bool, path: String?) throws(UsageError) -> Format {
        if let name {
            let formats = ["markdown": Format.markdown, "md": .markdown, "html": .html, "htm": .html, "json": .json]
            guard let format = formats[name.lowercased()] else {
                let names = Format.allCases.map(\.rawValue)
                throw UsageError(message: "ukjent format '\(name)'; bruk \(names.joined(separator: ", "))"
                                 + Suggestion.hint(for: name.lowercased(), among: names), command: "export", pointsToHelp: false)
            }
            if json && format != .json {
                throw UsageError(message: "'--json' og '--format \(name)' ber om forskjellige formater", command: "export",
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
    var description: String { "kan ikke skrive \(path): \(reason)" }
}
