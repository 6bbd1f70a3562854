import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// A corpus and its index, as every front end uses them: opened fresh (built first when missing,
/// unusable or older than the corpus), rebuilt on request, checked. What happens on the way goes
/// to the caller's `events` closure rather than to a stream.
public struct KnowledgeBase {
    public let location: IndexLocation
    /// Where the Norwegian word lists are: `NorwegianWordList.installedPaths` except in tests.
    public let wordListPaths: [String]
    private let events: (KnowledgeBaseEvent) -> Void

    public init(location: IndexLocation, wordListPaths: [String] = NorwegianWordList.installedPaths,
                events: @escaping (KnowledgeBaseEvent) -> Void = { _ in }) {
        self.location = location
        self.wordListPaths = wordListPaths
        self.events = events
    }

    /// Whether the index can answer as it is; opens it to find out.
    public func freshness() -> IndexFreshness {
        IndexFreshness.of(location, wordListPaths: wordListPaths)
    }

    /// The index, (re)built first when missing, unusable or older than the corpus. A failed rebuild
    /// falls back to the previous index when it is still usable, and says so. Without a corpus, an
    /// existing index answers as it is, or fails saying that it cannot be rebuilt. A file there that is
    /// not guide's index (`IndexTarget`) is an error before anything opens it, corpus or not.
    public func open() throws -> IndexStore {
        try checkIndexPath()
        let reason: String
        switch freshness() {
        case .fresh(let index): return index
        case .stale(let why): reason = why
        }
        if location.corpusExists {
            if updateInPlace(reason: reason) { return try IndexStore(path: location.indexPath) }
            do {
                try rebuild(reason: reason)
            } catch let failure as IndexBuildError {
                guard let previous = try? IndexStore(path: location.indexPath) else { throw failure }
                events(.answeringFromPreviousIndex(after: failure))
                return previous
            }
        } else if !PathStatus.exists(location.indexPath) {
            throw CorpusNotFoundError(places: location.placesSearched)
        } else {
            do {
                return try IndexStore(path: location.indexPath)
            } catch IndexError.unreadable(let path, let why) {
                throw IndexError.unusableWithoutCorpus(path: path, reason: why, corpus: location.corpusPath)
            } catch IndexError.wrongSchema(let path, let found, let expected) {
                throw IndexError.unusableWithoutCorpus(path: path, reason: "den har skjemaversjon \(found), denne guide trenger \(expected)",
                                                       corpus: location.corpusPath)
            }
        }
        return try IndexStore(path: location.indexPath)
    }

    /// Builds the index from the corpus, aside and swapped in atomically (`IndexBuilder`); a failure
    /// (`IndexBuildError`) leaves the previous index as it was. `reason` says why, when not asked for.
    @discardableResult
    public func rebuild(reason: String? = nil) throws -> IndexBuilder.Report {
        // Past a file size limit (ulimit -f) a write must fail with EFBIG, not kill the process mid-build.
        signal(SIGXFSZ, SIG_IGN)
        try checkIndexPath()
        guard location.corpusExists else { throw CorpusNotFoundError(places: location.placesSearched) }
        events(.building(reason: reason, corpusName: location.corpus.lastPathComponent))
        // An unreadable list is as good as none: the build goes on, saying so.
        let wordList = try? NorwegianWordList.installed(paths: wordListPaths)
        if wordList == nil { events(.noWordList(paths: wordListPaths)) }
        let report = try IndexBuilder.build(corpus: location.corpus, into: location.indexPath, wordList: wordList)
        for diagnostic in report.diagnostics { events(.diagnostic(diagnostic)) }
        events(.built(report, indexPath: location.indexPath))
        return report
    }

    /// `guide index` (and `guide sync` after a sync): updates the index in place when only guideline
    /// files changed (`InPlaceUpdate`), else (or when `full`) rebuilds it. `reason` says why, when not asked for.
    public func refresh(full: Bool, reason: String? = nil) throws {
        if !full {
            try checkIndexPath()
            if updateInPlace(reason: reason) { return }
        }
        try rebuild(reason: reason)
    }

    /// Whether the index was updated in place. False when only a full rebuild will do, or when the
    /// update failed (rolled back, the index as it was; said in an event).
    private func updateInPlace(reason: String?) -> Bool {
        // As for a rebuild: past a file size limit a write must fail (and roll back), not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        do {
            guard let report = try InPlaceUpdate.run(location) else { return false }
            for diagnostic in report.diagnostics { events(.diagnostic(diagnostic)) }
            events(.updated(reason: reason, guidelines: report.updated, removed: report.removed, passages: report.passages, filesRead: report.filesRead,
                            seconds: report.seconds, indexPath: location.indexPath))
            return true
        } catch {
            events(.updateFailed(reason: "\(error)"))
            return false
        }
    }

    /// Throws `NotAnIndexError` when the index path holds something a build must not replace.
    private func checkIndexPath() throws {
        try IndexTarget.checkReplaceable(location.indexPath, atDefaultPlace: location.indexIsAtDefaultPlace)
    }

    /// `guide check`: integrity, schema, the build that wrote the index, the corpus file by file.
    /// Never changes the index.
    public func check() -> IndexHealth {
        IndexHealth(location: location, wordListPaths: wordListPaths)
    }
}
