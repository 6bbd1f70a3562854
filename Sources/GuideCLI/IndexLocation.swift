import Foundation
import GuideIndexer
import GuideKit

/// Where the corpus and the index are: `--corpus` / `GUIDE_CORPUS` / `./Corpus`, and `--db` /
/// `GUIDE_DB` / `<corpus>/.guide-index.sqlite`.
struct IndexLocation {
    static let defaultIndexName = ".guide-index.sqlite"

    let corpus: URL
    let indexPath: String

    init(invocation: Invocation, environment: Environment) {
        let corpusPath = invocation.corpus ?? environment["GUIDE_CORPUS"] ?? "Corpus"
        corpus = Self.standardized(corpusPath)
        indexPath = invocation.db ?? environment["GUIDE_DB"]
            ?? corpus.appendingPathComponent(Self.defaultIndexName).path
    }

    /// The path made absolute against the working directory, without "." and ".." segments: what
    /// `URL(fileURLWithPath:).standardizedFileURL` gives, without the set-up that costs every command
    /// a fraction of a millisecond. A path starting with "~" is left to URL, which expands it.
    static func standardized(_ path: String) -> URL {
        guard !path.hasPrefix("~"), let base = path.hasPrefix("/") ? "" : workingDirectory() else {
            return URL(fileURLWithPath: path).standardizedFileURL
        }
        var segments: [Substring] = []
        for segment in (base + "/" + path).split(separator: "/") where segment != "." {
            if segment == ".." { _ = segments.popLast() } else { segments.append(segment) }
        }
        // Appended one by one: the standard library's `joined` makes the runtime search its conformance records.
        var absolute = ""
        for segment in segments {
            absolute += "/"
            absolute += segment
        }
        return URL(fileURLWithPath: absolute.isEmpty ? "/" : absolute, isDirectory: true)
    }

    private static func workingDirectory() -> String? {
        guard let path = getcwd(nil, 0) else { return nil }
        defer { free(path) }
        return String(cString: path)
    }

    var corpusExists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: corpus.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    enum Freshness {
        /// Usable as it is (or there is no corpus to compare with), already open.
        case fresh(GuideIndex)
        /// Why it must be (re)built before use.
        case stale(reason: String)
    }

    /// Opens the index once to judge it, and hands that connection on when it is fresh.
    func freshness() -> Freshness {
        guard FileManager.default.fileExists(atPath: indexPath) else { return .stale(reason: "no index yet") }
        let index: GuideIndex
        do {
            index = try GuideIndex(path: indexPath)
        } catch {
            return .stale(reason: "the index cannot be used (\(error))")
        }
        guard corpusExists else { return .fresh(index) }
        if (try? index.metadata("indexer")) != IndexerIdentity.current {
            return .stale(reason: "the index was built by another build of guide")
        }
        do {
            let stored = try index.corpusFiles()
            let current = try CorpusScanner.fingerprint(corpus, recorded: stored)
            return Dictionary(uniqueKeysWithValues: current.map { ($0.path, $0.hash) }) == stored.mapValues(\.hash)
                ? .fresh(index) : .stale(reason: "the corpus has changed")
        } catch {
            return .stale(reason: "the index cannot be compared with the corpus (\(error))")
        }
    }
}
