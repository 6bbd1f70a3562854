import Foundation
import GuideIndexer
import GuideKit

/// `guide check`: the index file's own checks (IndexCheck) plus what only the CLI knows: which
/// build of guide wrote it, and whether it still matches the corpus file by file.
struct IndexHealth: Encodable {
    let index: String
    let corpus: String?
    let checks: [IndexCheck.Finding]
    var healthy: Bool { checks.allSatisfy(\.ok) }

    private enum CodingKeys: String, CodingKey { case index, corpus, checks, healthy }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(Nullable(wrappedValue: corpus), forKey: .corpus)
        try container.encode(checks, forKey: .checks)
        try container.encode(healthy, forKey: .healthy)
    }

    init(location: IndexLocation) {
        index = location.indexPath
        corpus = location.corpusExists ? location.corpusPath : nil
        var checks = IndexCheck.run(path: location.indexPath)
        if checks.allSatisfy(\.ok), let opened = try? IndexStore(path: location.indexPath) {
            checks.append(Self.identity(opened))
            if location.corpusExists { checks.append(Self.corpusMatch(opened, corpus: location.corpusPath)) }
        }
        self.checks = checks
    }

    private static func identity(_ index: IndexStore) -> IndexCheck.Finding {
        let stored = (try? index.metadata("indexer")) ?? nil
        return stored == IndexerIdentity.current
            ? IndexCheck.Finding(name: "indexer", ok: true, detail: "built by this build of guide")
            : IndexCheck.Finding(name: "indexer", ok: false, detail: "built by another build of guide (\(stored ?? "unknown"))",
                                 fix: "run 'guide index' to rebuild it with this one")
    }

    /// Files changed, added or removed since the build, by content hash.
    private static func corpusMatch(_ index: IndexStore, corpus: String) -> IndexCheck.Finding {
        guard let stored = try? index.corpusFingerprint(), let current = try? CorpusScanner.fingerprint(corpus) else {
            return IndexCheck.Finding(name: "corpus", ok: false, detail: "the corpus hashes cannot be compared",
                                      fix: "run 'guide index' to rebuild it")
        }
        let now = Dictionary(current.map { ($0.path, $0.hash) }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        for path in Set(now.keys).union(stored.keys).sorted() {
            switch (stored[path], now[path]) {
            case (nil, _): problems.append("\(path) is new")
            case (_, nil): problems.append("\(path) is gone")
            case let (old?, new?) where old != new: problems.append("\(path) has changed")
            default: break
            }
        }
        return problems.isEmpty
            ? IndexCheck.Finding(name: "corpus", ok: true, detail: "\(now.count) files match their hashes")
            : IndexCheck.Finding(name: "corpus", ok: false, detail: problems.joined(separator: "; "),
                                 fix: "run 'guide index' to rebuild it from the corpus")
    }

    func rendered() -> String {
        var lines = checks.map { finding in
            (finding.ok ? "ok    " : "FAIL  ") + "\(finding.name): \(finding.detail)" + (finding.fix.map { " → \($0)" } ?? "")
        }
        lines.append(healthy ? "The index is healthy." : "The index has problems.")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `guide check` found a problem (exit 1); the findings are already on stdout.
struct UnhealthyIndex: Error, CustomStringConvertible {
    let path: String
    var description: String { "the index \(path) failed a check; see above for what to do" }
}
