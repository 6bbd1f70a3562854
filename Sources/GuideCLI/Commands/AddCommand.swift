import Foundation
import GuideIndexer
import GuideKit

/// `guide add FILE…`: copies guideline files (each with its `.meta` beside it, if any) into the
/// corpus in use and updates the index (in place when it can, else rebuilt). All or nothing: a file
/// no reader takes, or one whose name the corpus has for another text, stops it before anything is copied.
struct AddCommand: GuideSubcommand {
    static let declaration = CommandDeclaration(
        name: "add",
        overview: """
        Legg retningslinjefiler (nettside eller PDF lagret som tekst, Markdown) til korpuset som er i
        bruk (--corpus, GUIDE_CORPUS, ./Corpus eller datamappens), med <navn>.meta ved siden av om den
        finnes, og oppdater indeksen. En fil ingen leser kjenner igjen, eller med samme navn som en
        annen fil i korpuset, avvises, og da kopieres ingenting.
        """,
        listing: ("add <fil>…", "Legg retningslinjefiler til korpuset"),
        arguments: [ArgumentDeclaration("<fil>", synopsis: "<fil>…", isPath: true, help: ["En retningslinjefil (.txt, .md, .markdown)"])],
        commonOptions: CommonOptions.withoutJSON,
        epilogue: "Avslutningskoder: 0 lagt til (eller fantes alt), 1 avvist eller feil (ingenting kopiert), 64 bruksfeil.")

    let files: [String]

    init(_ line: ParsedCommandLine) {
        files = line.arguments
    }

    func run(in context: CommandContext) throws {
        let location = context.knowledgeBase.location
        guard location.corpusExists else { throw CorpusNotFoundError(places: location.placesSearched) }
        var copies: [(target: String, contents: Data)] = [], present: [String] = [], refusals: [String] = []
        for file in files {
            let path = IndexLocation.standardized(file)
            if let reason = GuidelineFileCheck.refusal(path) {
                refusals.append("\(file): \(reason)")
                continue
            }
            let meta = GuidelineFileCheck.metadataPath(for: path)
            for source in [path] + (PathStatus.exists(meta) ? [meta] : []) {
                let name = (source as NSString).lastPathComponent, target = location.corpusPath + "/" + name
                guard let contents = FileManager.default.contents(atPath: source) else {
                    refusals.append("\(source): filen kan ikke leses")
                    continue
                }
                if copies.contains(where: { $0.target == target }) {
                    refusals.append("\(source): to filer heter \(name)")
                    continue
                }
                switch InstallFile.state(of: target, comparedWith: contents, manifest: nil) {
                case .missing, .ours: copies.append((target, contents))
                case .identical: present.append(name)
                case .foreign:
                    refusals.append("\(source): korpuset har alt en annen fil som heter \(name) (\(target)); "
                                    + "gi filen et annet navn, eller erstatt den i korpuset selv")
                }
            }
        }
        guard refusals.isEmpty else { throw AddRefusal(reasons: refusals) }
        for copy in copies {
            try InstallFile.write(copy.contents, to: copy.target, mode: 0o644)
        }
        // Updated in place (only guideline files changed), or rebuilt when it cannot be.
        _ = try context.knowledgeBase.open()
        var lines = copies.map { "La til \($0.target)" } + present.map { "\($0) var alt i korpuset, uendret" }
        lines.append("Indeksen er oppdatert: \(location.indexPath)")
        context.output.write(lines.joined(separator: "\n") + "\n")
    }

    /// Files `guide add` would not copy, each with its reason; none was copied.
    struct AddRefusal: Error, CustomStringConvertible {
        let reasons: [String]
        var description: String {
            "ingenting er lagt til:\n" + reasons.map { "  \($0)" }.joined(separator: "\n")
        }
    }
}
