import Foundation
import GuideIndexer
import GuideKit

/// Where the corpus and the index are: `--corpus` / `GUIDE_CORPUS` / `./Corpus`, and `--db` /
/// `GUIDE_DB` / `<corpus>/.guide-index.sqlite`.
struct IndexLocation {
    static let defaultIndexName = ".guide-index.sqlite"

    /// The corpus directory, absolute. A path, not a URL: the staleness check before every search
    /// works on paths, and URL's first `path` costs a search of the Swift runtime's conformance records.
    let corpusPath: String
    let indexPath: String

    init(invocation: Invocation, environment: Environment) {
        corpusPath = Self.standardized(invocation.corpus ?? environment["GUIDE_CORPUS"] ?? "Corpus")
        indexPath = invocation.db ?? environment["GUIDE_DB"]
            ?? (corpusPath == "/" ? "" : corpusPath) + "/" + Self.defaultIndexName
    }

    var corpus: URL { URL(fileURLWithPath: corpusPath, isDirectory: true) }

    /// The path made absolute against the working directory, without "." and ".." segments: what
    /// `URL(fileURLWithPath:).standardizedFileURL` gives, without the set-up that costs every command
    /// a fraction of a millisecond. A path starting with "~" is left to URL, which expands it.
    static func standardized(_ path: String) -> String {
        guard !path.hasPrefix("~"), let base = path.hasPrefix("/") ? "" : workingDirectory() else {
            return URL(fileURLWithPath: path).standardizedFileURL.path
        }
        var segments: [Substring] = []
        for segment in (base + "/" + path).split(separator: "/") where segment != "." {
            if segment == ".." { _ = segments.popLast() } else { segments.append(segment) }
        }
        // Appended one by one as Strings: `joined` and appending a Substring make the runtime search its conformance records.
        var absolute = ""
        for segment in segments { absolute += "/" + String(segment) }
        return absolute.isEmpty ? "/" : absolute
    }

    private static func workingDirectory() -> String? {
        guard let path = getcwd(nil, 0) else { return nil }
        defer { free(path) }
        return String(cString: path)
    }

    var corpusExists: Bool { PathStatus.isDirectory(corpusPath) }

    enum Freshness {
        /// Usable as it is (or there is no corpus to compare with), already open.
        case fresh(IndexStore)
        /// Why it must be (re)built before use.
        case stale(reason: String)
    }

    /// Opens the index once to judge it, and hands that connection on when it is fresh.
    func freshness() -> Freshness {
        guard PathStatus.exists(indexPath) else { return .stale(reason: "no index yet") }
        let index: IndexStore
        do {
            index = try IndexStore(path: indexPath)
        } catch {
            return .stale(reason: "the index cannot be used (\(error))")
        }
        guard corpusExists else { return .fresh(index) }
        if (try? index.metadata("indexer")) != IndexerIdentity.current {
            return .stale(reason: "the index was built by another build of guide")
        }
        do {
            let stored = try index.corpusFiles()
            let current = try CorpusScanner.fingerprint(corpusPath, recorded: stored)
            return Dictionary(uniqueKeysWithValues: current.map { ($0.path, $0.hash) }) == stored.mapValues(\.hash)
                ? .fresh(index) : .stale(reason: "the corpus has changed")
        } catch {
            return .stale(reason: "the index cannot be compared with the corpus (\(error))")
        }
    }
}
