import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `guide sync`: brings the local copy of Helsedirektoratet's content API up to date, then the index.
/// The work is done by `guide-sync` beside this program, which this process becomes (exec: the same
/// process id, stderr and exit code), so that URLSession's libraries load only for a sync.
struct SyncCommand: GuideSubcommand {
    static let api = OptionDeclaration.value("--api", valueName: "URL", help: [
        "The content API's address (default: $GUIDE_HAPI_URL, else production,",
        "https://api.helsedirektoratet.no/innhold; QA: https://api-qa.helsedirektoratet.no/innhold)",
    ]) { value in
        // The same test guide-sync makes (ContentAPIAddress): an http(s) address with a host.
        let lower = value.lowercased()
        let host = lower.split(separator: "/").dropFirst().first
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && host != nil
            ? nil : "'--api' takes an http(s) address such as https://api-qa.helsedirektoratet.no/innhold, not '\(value)'"
    }
    static let full = OptionDeclaration.flag("--full", help: ["Walk every product instead of asking the change feed"])
    static let jobs = OptionDeclaration.value("--jobs", valueName: "N", help: ["Requests in flight at once"],
                                              defaultValue: "8") { value in
        Int(value).map { (1...64).contains($0) } == true ? nil : "'--jobs' takes a whole number from 1 to 64, not '\(value)'"
    }
    static let timeout = OptionDeclaration.value("--timeout", valueName: "SECONDS", help: ["How long one request may wait for its answer"],
                                                 defaultValue: "30") { value in
        Double(value).map { $0 > 0 && $0 <= 600 } == true ? nil : "'--timeout' takes seconds from 0 to 600, not '\(value)'"
    }

    static let declaration = CommandDeclaration(
        name: "sync",
        overview: """
        Copy Helsedirektoratet's content API (every national guideline, råd, veileder, …) into
        <corpus>/helsedirektoratet/, one file per item as the API sent it, then update the index
        (in place when it can, else rebuilt). The first run walks every product; later runs fetch
        what the change feed names. A stopped run goes on where it stopped. The key is read from
        $GUIDE_HAPI_KEY and never shown.
        """,
        listing: ("sync", "Update the local copy of Helsedirektoratet's content API"),
        options: [api, full, jobs, timeout],
        commonOptions: CommonOptions.withoutJSON,
        epilogue: """
        Exit codes: 0 up to date, 1 a failure (wrong key, address not reached, items that could not
        be fetched: run it again), 64 usage error.
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
        throw HelperMissing(path: helper, reason: String(cString: strerror(errno)))
    }

    /// `guide-sync` in the folder of the running `guide`.
    static func helperPath() -> String {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return (own as NSString).deletingLastPathComponent + "/guide-sync"
    }

    struct HelperMissing: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot run \(path) (\(reason)): guide-sync is built and installed beside guide" }
    }
}
