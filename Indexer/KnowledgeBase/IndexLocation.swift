import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// Where the corpus and the index are. The caller passes what the user chose (`--corpus`, else
/// `$GUIDE_CORPUS`; `--db`, else `$GUIDE_DB`) as values; the library never reads the process
/// environment. Without a choice of corpus, the first of the places `CorpusPlace` lists that exists
/// (`IndexLocation.found`); the index defaults to `<corpus>/.guide-index.sqlite`, wherever the corpus is.
public struct IndexLocation: Sendable, Equatable {
    public static let defaultCorpus = "Corpus"
    public static let defaultIndexName = ".guide-index.sqlite"

    /// The corpus directory, absolute. A path, not a URL: the staleness check before every search
    /// works on paths, and URL's first `path` costs a search of the Swift runtime's conformance records.
    public let corpusPath: String
    public let indexPath: String
    /// Whether the index is at its default place, `<corpus>/.guide-index.sqlite`, however it was named:
    /// a name only guide uses, so whatever unreadable file is there is taken for its damaged index (`IndexTarget`).
    public let indexIsAtDefaultPlace: Bool
    /// Where the corpus was looked for, in order (the chosen directory alone when one was chosen):
    /// what an error names when none of them exists.
    public let placesSearched: [CorpusPlace]

    public init(corpus: String?, index: String?, placesSearched: [CorpusPlace]? = nil) {
        corpusPath = Self.standardized(corpus ?? Self.defaultCorpus)
        self.placesSearched = placesSearched ?? [CorpusPlace(path: corpusPath, kind: corpus == nil ? .checkout : .chosen)]
        let defaultIndex = (corpusPath == "/" ? "" : corpusPath) + "/" + Self.defaultIndexName
        indexPath = index ?? defaultIndex
        indexIsAtDefaultPlace = index.map { Self.standardized($0) == defaultIndex } ?? true
    }

    public var corpus: URL { URL(fileURLWithPath: corpusPath, isDirectory: true) }

    public var corpusExists: Bool { PathStatus.isDirectory(corpusPath) }

    /// The path made absolute against the working directory, without "." and ".." segments: what
    /// `URL(fileURLWithPath:).standardizedFileURL` gives, without the set-up that costs every command
    /// a fraction of a millisecond. A path starting with "~" is left to URL, which expands it.
    public static func standardized(_ path: String) -> String {
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
}
