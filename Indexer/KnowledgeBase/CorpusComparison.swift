import GuideKit

/// The corpus files an index was built from (their stored content hashes) against the corpus as it
/// is now: the one comparison behind both staleness (rebuild before answering?) and `guide check`.
public struct CorpusComparison: Sendable {
    public enum Change: Sendable, Equatable, CustomStringConvertible {
        case added(String)
        case removed(String)
        case changed(String)

        public var description: String {
            switch self {
            case .added(let path): "\(path) is new"
            case .removed(let path): "\(path) is gone"
            case .changed(let path): "\(path) has changed"
            }
        }

        /// As `guide check` prints it.
        public var shown: String {
            switch self {
            case .added(let path): "\(path) er ny"
            case .removed(let path): "\(path) er borte"
            case .changed(let path): "\(path) er endret"
            }
        }
    }

    /// What differs, by path in order; empty when the index matches the corpus.
    public let changes: [Change]
    /// How many files the corpus has now.
    public let currentFiles: Int

    public var matches: Bool { changes.isEmpty }

    /// Compares the index's record with the corpus directory. Trusting stamps, a file whose size and
    /// modification time are the recorded ones is not read again (the staleness check before every
    /// command); without, every file is hashed (what `guide check` verifies).
    public init(index: IndexStore, corpus: String, trustingStamps: Bool) throws {
        let stored = try index.corpusFiles()
        let current = try CorpusScanner.fingerprint(corpus, recorded: trustingStamps ? stored : [:])
        var now: [String: String] = [:]
        for file in current where now[file.path] == nil { now[file.path] = file.hash }
        currentFiles = now.count
        // Most often nothing changed: then no path is sorted.
        guard now.count != stored.count || now.contains(where: { stored[$0.key]?.hash != $0.value }) else {
            changes = []
            return
        }
        changes = Set(now.keys).union(stored.keys).sorted().compactMap { path in
            switch (stored[path]?.hash, now[path]) {
            case (nil, _): .added(path)
            case (_, nil): .removed(path)
            case let (old?, new?) where old != new: .changed(path)
            default: nil
            }
        }
    }
}
