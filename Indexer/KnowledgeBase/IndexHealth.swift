import GuideKit

/// What `guide check` reports: the index file's own checks (`IndexCheck`), then whether it was
/// built with this guide's schema, analyzer and resources (`IndexerIdentity`) and the word lists installed now, and
/// whether it still matches the corpus file by file. Its JSON is `guide check --json`.
public struct IndexHealth: Encodable, Sendable {
    public let index: String
    /// The corpus directory, nil (JSON null) when there is none to compare with.
    public let corpus: String?
    public let checks: [IndexCheck.Finding]
    /// What the index covers, when it opens (else JSON null).
    public let coverage: IndexCoverage?
    public var healthy: Bool { checks.allSatisfy(\.ok) }

    private enum CodingKeys: String, CodingKey { case index, corpus, checks, healthy, coverage }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(Nullable(wrappedValue: corpus), forKey: .corpus)
        try container.encode(checks, forKey: .checks)
        try container.encode(healthy, forKey: .healthy)
        try container.encode(Nullable(wrappedValue: coverage), forKey: .coverage)
    }

    /// Runs every check; never changes the index.
    init(location: IndexLocation, wordListPaths: [String]) {
        index = location.indexPath
        corpus = location.corpusExists ? location.corpusPath : nil
        // Another program's file is not opened at all: SQLite would create a WAL database's -wal and -shm beside it.
        if let refusal = IndexTarget.refusal(at: location.indexPath, atDefaultPlace: location.indexIsAtDefaultPlace) {
            self.checks = [IndexCheck.Finding(name: "file", ok: false, detail: "\(location.indexPath) is not an index of guide "
                                                  + "(it is \(refusal.englishWhat)); left untouched",
                                              shown: "\(location.indexPath) er ikke en indeks for guide (det er \(refusal.what)); ikke rørt",
                                              fix: IndexCheck.Fix(json: "choose another path for the index with '--db PATH' or $GUIDE_DB",
                                                                  shown: "velg en annen sti for indeksen med '--db PATH' eller $GUIDE_DB"))]
            coverage = nil
            return
        }
        var checks = IndexCheck.run(path: location.indexPath)
        var coverage: IndexCoverage?
        if checks.allSatisfy(\.ok), let opened = try? IndexStore(path: location.indexPath) {
            let lastSynced = location.corpusExists ? MirrorSyncTime.lastComplete(corpusPath: location.corpusPath) : nil
            coverage = try? opened.ask(CoverageQuestion(lastSynced: lastSynced))
            checks.append(Self.identity(opened))
            checks.append(Self.wordList(opened, paths: wordListPaths))
            if let corpus { checks.append(Self.corpusMatch(opened, corpus: corpus)) }
        }
        self.checks = checks
        self.coverage = coverage
    }

    /// Compares what the index records of its schema, analyzer and resources with this guide's.
    private static func identity(_ index: IndexStore) -> IndexCheck.Finding {
        let current = IndexerIdentity.current
        let recorded = IndexerIdentity(recorded: ((try? index.metadata("indexer")) ?? nil) ?? "")
        guard let differences = current.differences(from: recorded) else {
            return IndexCheck.Finding(name: "indexer", ok: true, detail: "\(current.recorded), as this guide",
                                      shown: "\(current.recorded), som denne guide")
        }
        return IndexCheck.Finding(name: "indexer", ok: false, detail: "built with \(differences)", shown: "bygd med \(differences)",
                                  fix: IndexCheck.Fix(json: "run 'guide index' to rebuild it with this one",
                                                      shown: "kjør 'guide index' for å bygge den på nytt med denne"))
    }

    /// Compares the word lists the build recorded with the ones installed now (`IndexFreshness.wordListChange`).
    private static func wordList(_ index: IndexStore, paths: [String]) -> IndexCheck.Finding {
        let recorded = (try? index.metadata("wordlist_stamp")) ?? nil
        guard let change = IndexFreshness.wordListChange(recorded: recorded, now: NorwegianWordList.stamp(of: paths)) else {
            let used = ((try? index.metadata("wordlist")) ?? nil) ?? NorwegianWordList.noneStamp
            let none = used == NorwegianWordList.noneStamp
            return IndexCheck.Finding(name: "wordlist", ok: true, detail: "\(none ? "none" : used), as installed",
                                      shown: "\(none ? "ingen" : used), som installert")
        }
        return IndexCheck.Finding(name: "wordlist", ok: false, detail: change.detail, shown: change.shown,
                                  fix: IndexCheck.Fix(json: "run 'guide index' to rebuild it with the lists installed now",
                                                      shown: "kjør 'guide index' for å bygge den på nytt med listene som er installert nå"))
    }

    /// Files changed, added or removed since the build, every file hashed.
    private static func corpusMatch(_ index: IndexStore, corpus: String) -> IndexCheck.Finding {
        guard let comparison = try? CorpusComparison(index: index, corpus: corpus, trustingStamps: false) else {
            return IndexCheck.Finding(name: "corpus", ok: false, detail: "the corpus hashes cannot be compared",
                                      shown: "korpusets sjekksummer kan ikke sammenlignes", fix: IndexCheck.rebuild)
        }
        return comparison.matches
            ? IndexCheck.Finding(name: "corpus", ok: true, detail: "\(comparison.currentFiles) files match their hashes",
                                 shown: "\(comparison.currentFiles) filer stemmer med sjekksummene sine")
            : IndexCheck.Finding(name: "corpus", ok: false, detail: comparison.changes.map(\.description).joined(separator: "; "),
                                 shown: comparison.changes.map(\.shown).joined(separator: "; "),
                                 fix: IndexCheck.Fix(json: "run 'guide index' to rebuild it from the corpus",
                                                     shown: "kjør 'guide index' for å bygge den på nytt fra korpuset"))
    }
}
