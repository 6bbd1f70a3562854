import Foundation
import GuideIndexer
import GuideKit

/// `guide install [--prefix DIR]`: copies the running program (with `guide-sync` and the indexer's
/// resources beside it) to `~/.local/bin` or `DIR/bin`, and the checkout's corpus to the data
/// directory (`DataDirectory`, or `DIR/share/guide`), then builds its index there. Replaces only what
/// is missing, the same, or guide's own (`InstallManifest`); run again, it changes nothing.
struct InstallCommand: GuideSubcommand {
    static let prefix = OptionDeclaration.value("--prefix", valueName: "DIR", help: [
        "Installer under DIR: programmet i DIR/bin, korpuset i DIR/share/guide",
        "(standard: ~/.local/bin og $XDG_DATA_HOME/guide, ellers ~/.local/share/guide)",
    ])

    static let declaration = CommandDeclaration(
        name: "install",
        overview: """
        Installer guide for denne brukeren: programmet (fra en bygget utsjekk, for eksempel
        .build/release/guide) til ~/.local/bin, og korpuset i utsjekken til datamappen
        ($XDG_DATA_HOME/guide, ellers ~/.local/share/guide), der indeksen bygges. Deretter
        virker guide fra hvilken som helst mappe. En fil som ikke er guides egen, erstattes aldri;
        å kjøre install igjen endrer bare det som er nytt.
        """,
        listing: ("install", "Installer guide og korpuset for denne brukeren"),
        options: [prefix],
        commonOptions: [CommonOptions.corpus, CommonOptions.help],
        epilogue: """
        --corpus MAPPE (eller GUIDE_CORPUS) velger korpuset som installeres; ellers korpuset i
        utsjekken programmet er bygget i.
        Avslutningskoder: 0 installert, 1 en feil (ingenting er da erstattet), 64 bruksfeil.
        """)

    let prefix: String?
    let chosenCorpus: String?

    init(_ line: ParsedCommandLine) {
        prefix = line.value(of: Self.prefix)
        chosenCorpus = line.value(of: CommonOptions.corpus)
    }

    func run(in context: CommandContext) throws {
        let environment = context.environment
        guard let programPath = RunningProgram.path else { throw InstallError.noProgramPath }
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        let binDirectory: String, dataDirectory: String
        if let prefix {
            let root = IndexLocation.standardized(prefix)
            binDirectory = root + "/bin"
            dataDirectory = root + "/share/guide"
        } else {
            guard let home, let data = DataDirectory.path(xdgDataHome: environment["XDG_DATA_HOME"], home: home) else {
                throw InstallError.noHome
            }
            binDirectory = IndexLocation.standardized(home) + "/.local/bin"
            dataDirectory = data
        }
        let corpusTarget = dataDirectory + "/" + DataDirectory.corpusName
        let corpusSource = try Self.corpusSource(chosen: chosenCorpus ?? environment["GUIDE_CORPUS"], programPath: programPath)
        guard corpusSource != corpusTarget else { throw InstallError.sameCorpus(corpusSource) }

        let sources = try InstallSources(programPath: programPath, binDirectory: binDirectory,
                                         corpusSource: corpusSource, corpusTarget: corpusTarget)
        var manifest = InstallManifest(dataDirectory: dataDirectory)
        // The program's files first, all checked before any is written: one that is not guide's stops the install.
        let program = try sources.program.map { copy in (copy, try Self.contents(copy.source)) }
        let foreign = program.filter { InstallFile.state(of: $0.0.target, comparedWith: $0.1, manifest: manifest) == .foreign }
        guard foreign.isEmpty else { throw InstallError.foreignProgram(foreign.map(\.0.target)) }

        var tally = InstallTally()
        for (copy, contents) in program {
            try tally.place(copy, contents: contents, manifest: &manifest, output: context.output)
        }
        for copy in sources.corpus {
            try tally.place(copy, contents: try Self.contents(copy.source), manifest: &manifest, output: context.output)
        }
        for path in sources.skipped {
            context.output.error("guide: advarsel: \(path) er ikke en vanlig fil; ikke kopiert")
        }
        try manifest.save()

        let location = IndexLocation(corpus: corpusTarget, index: nil)
        // Built when missing or stale, else left as it is: a second install changes nothing.
        _ = try context.knowledgeBase(at: location).open()
        context.output.write(tally.report(binDirectory: binDirectory, resources: sources.program.contains { $0.mode & 0o111 == 0 }, corpusSource: corpusSource, location: location,
                                          manifest: manifest.path, onPath: Self.isOnPath(binDirectory, environment["PATH"])))
    }

    /// The corpus to install: the one chosen, else the checkout's the program was built in.
    static func corpusSource(chosen: String?, programPath: String) throws -> String {
        if let chosen {
            let path = IndexLocation.standardized(chosen)
            guard PathStatus.isDirectory(path) else { throw CorpusNotFoundError(places: [CorpusPlace(path: path, kind: .chosen)]) }
            return path
        }
        guard let corpus = InstallSources.checkoutCorpus(above: programPath) else { throw InstallError.noCheckout(programPath) }
        return corpus
    }

    static func contents(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw InstallError.unreadable(path) }
        return data
    }

    static func isOnPath(_ directory: String, _ path: String?) -> Bool {
        (path ?? "").split(separator: ":").contains { IndexLocation.standardized(String($0)) == directory }
    }
}
