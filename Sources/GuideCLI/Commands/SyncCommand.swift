import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// `guide sync`: brings the local copy of Helsedirektoratet's content API up to date, then the index.
/// The work is done by `guide-sync` beside this program, which this process becomes (exec: the same
/// process id, stderr and exit code), so that URLSession's libraries load only for a sync.
struct SyncCommand: GuideSubcommand {
    static let api = OptionDeclaration.value("--api", valueName: "URL", help: [
        "Adressen til innholds-API-et (standard: $GUIDE_HAPI_URL, ellers produksjon,",
        "https://api.helsedirektoratet.no/innhold; QA: https://api-qa.helsedirektoratet.no/innhold)",
    ]) { value in
        // The same test guide-sync makes (ContentAPIAddress): an http(s) address with a host.
        let lower = value.lowercased()
        let host = lower.split(separator: "/").dropFirst().first
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && host != nil
            ? nil : "'--api' tar en http(s)-adresse som https://api-qa.helsedirektoratet.no/innhold, ikke '\(value)'"
    }
    static let full = OptionDeclaration.flag("--full", help: ["Gå gjennom alle produkter i stedet for å spørre endringsstrømmen"])
    static let jobs = OptionDeclaration.value("--jobs", valueName: "N", help: ["Forespørsler underveis samtidig"],
                                              defaultValue: "8") { value in
        Int(value).map { (1...64).contains($0) } == true ? nil : "'--jobs' tar et helt tall fra 1 til 64, ikke '\(value)'"
    }
    static let timeout = OptionDeclaration.value("--timeout", valueName: "SEKUNDER", help: ["Hvor lenge én forespørsel kan vente på svar"],
                                                 defaultValue: "30") { value in
        Double(value).map { $0 > 0 && $0 <= 600 } == true ? nil : "'--timeout' tar sekunder fra 0 til 600, ikke '\(value)'"
    }

    static let declaration = CommandDeclaration(
        name: "sync",
        overview: """
        Kopier Helsedirektoratets innholds-API (alle nasjonale faglige retningslinjer, råd, veiledere, …) til <korpus>/helsedirektoratet/, én fil per element slik API-et sendte det, og oppdater så indeksen (på stedet når det går, ellers bygd på nytt). Første kjøring går gjennom alle produkter; senere kjøringer henter det endringsstrømmen nevner. En avbrutt kjøring fortsetter der den stoppet. Nøkkelen leses fra $GUIDE_HAPI_KEY og vises aldri.
        """,
        listing: ("sync", "Oppdater den lokale kopien av Helsedirektoratets innholds-API"),
        options: [api, full, jobs, timeout],
        commonOptions: CommonOptions.withoutJSON,
        epilogue: """
        Avslutningskoder: 0 oppdatert, 1 en feil (feil nøkkel, adressen svarte ikke, elementer som ikke kunne hentes: kjør den igjen), 64 feil bruk.
        """)

    let arguments: [String]

    init(_ line: ParsedCommandLine) {
        var arguments: [String] = []
        for option in [CommonOptions.corpus, CommonOptions.db, Self.api, Self.jobs, Self.timeout] {
            if let value = line.value(of: option) { arguments += [option.name, value] }
        }
        if line.isSet(Self.full) { arguments.append(Self.full.name) }
        self.arguments = arguments
    }

    func run(in context: CommandContext) throws {
        let helper = Self.helperPath()
        // The corpus as every command finds it (`IndexLocation.found`), which guide-sync does not look for.
        let corpus = arguments.contains(CommonOptions.corpus.name) ? [] : [CommonOptions.corpus.name, context.knowledgeBase.location.corpusPath]
        let argv = ([helper] + corpus + arguments).map { strdup($0) } + [nil]
        execv(helper, argv)
        // Only reached when the exec failed.
        throw HelperMissing(path: helper, reason: SystemErrorText.text(errno))
    }

    /// `guide-sync` in the folder of the running `guide`.
    static func helperPath() -> String {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (own as NSString).deletingLastPathComponent + "/guide-sync"
    }

    struct HelperMissing: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "kan ikke kjøre \(path) (\(reason)): guide-sync bygges og installeres ved siden av guide" }
    }
}
