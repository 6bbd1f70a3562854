import Foundation
import GuideIndexer
import GuideKit

/// `guide-bench --update`: at each scale, the full build's time against an in-place update of one
/// changed guideline file (alone, then while two threads, each with its own connection as a server's
/// workers, search in a loop) and of one removed one: searches done during each update and failures (target 0).
enum UpdateRun {
    struct Figures {
        var scale: Int
        var passages = 0
        var buildSeconds = 0.0
        var changeSeconds = 0.0, changeSearches = 0
        var removeSeconds = 0.0, removeSearches = 0
        var failures = 0
        var quietSeconds = 0.0
        var checkSeconds = 0.0
        var derivedOK = false
    }

    /// `reuse`: an index and corpus left under `work` by an earlier run (`--work DIR --reuse`) are
    /// updated again instead of built (no full build time then), for profiling the update alone.
    static func run(scales: [Int], source: URL, work: URL, reuse: Bool = false) throws -> String {
        var lines = ["In-place update (one guideline file changed, then one removed) against the full build, searches running:",
                     "| scale | passages | full build s | update (changed) s | searches during | update (removed) s | searches during | failures | update, no searches s | derived check s |",
                     "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for scale in scales {
            let f = try measure(scale: scale, source: source, work: work, reuse: reuse)
            lines.append(String(format: "| %d× | %d | %.1f | %.3f | %d | %.3f | %d | %d | %.3f | %.2f%@ |", f.scale, f.passages, f.buildSeconds,
                                f.changeSeconds, f.changeSearches, f.removeSeconds, f.removeSearches, f.failures, f.quietSeconds, f.checkSeconds,
                                f.derivedOK ? "" : " (failed)"))
        }
        return lines.joined(separator: "\n")
    }

    private static func measure(scale: Int, source: URL, work: URL, reuse: Bool) throws -> Figures {
        let paths = ScalePaths(work: work, scale: scale)
        let reusing = reuse && FileManager.default.fileExists(atPath: paths.index)
        if !reusing {
            try? FileManager.default.removeItem(at: paths.root)
            _ = try ScaledCorpus(source: source, copies: scale).write(to: paths.corpus)
        }
        var figures = Figures(scale: scale)
        var updated: Double?
        let base = KnowledgeBase(location: IndexLocation(corpus: paths.corpus.path, index: paths.index)) { event in
            if case .updated(_, _, _, _, _, let seconds, _) = event { updated = seconds }
            if case .updateFailed(let reason) = event { progress("update failed: \(reason)") }
        }
        if reusing {
            figures.buildSeconds = .nan
        } else {
            progress("\(scale)×: full build …")
            figures.buildSeconds = try Measure.seconds { try base.refresh(full: true) }
        }
        figures.passages = try IndexStore(path: paths.index).passageArticleIDs().count
        let names = try FileManager.default.contentsOfDirectory(atPath: paths.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        // The same edit with nothing else running, first: the update's own cost.
        try edit(paths.corpus.appendingPathComponent(names.first { $0.contains("-v3.") } ?? names[0]))
        try base.refresh(full: false)
        figures.quietSeconds = updated ?? .nan
        updated = nil

        let searchers = Searchers(index: paths.index)
        searchers.start()
        defer { searchers.stop() }
        Thread.sleep(forTimeInterval: 0.5)  // the searchers' caches filled
        try edit(paths.corpus.appendingPathComponent(names.first { $0.contains("-v1.") } ?? names[0]))
        progress("\(scale)×: updating one changed guideline in place …")
        figures.changeSearches = try searchers.counting { try base.refresh(full: false) }
        figures.changeSeconds = updated ?? .nan
        updated = nil
        let removed = names.first { $0.contains("-v2.") } ?? names[names.count - 1]
        try FileManager.default.removeItem(at: paths.corpus.appendingPathComponent(removed))
        progress("\(scale)×: updating one removed guideline in place …")
        figures.removeSearches = try searchers.counting { try base.refresh(full: false) }
        figures.removeSeconds = updated ?? .nan
        figures.failures = searchers.failures
        figures.checkSeconds = Measure.seconds { figures.derivedOK = IndexCheck.derivedTables(path: paths.index).allSatisfy(\.ok) }
        return figures
    }

    /// A word put into a passage halfway through the file.
    private static func edit(_ file: URL) throws {
        var text = try String(contentsOf: file, encoding: .utf8)
        if let place = text.range(of: " og ", range: text.index(text.startIndex, offsetBy: text.count / 2)..<text.endIndex) {
            text.insert(contentsOf: " zebrafjell", at: place.lowerBound)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
}

/// Two threads searching the index in a loop, each with its own connection.
private final class Searchers: @unchecked Sendable {
    private let index: String
    private let lock = NSLock()
    private var running = true, counting = false
    private var counted = 0
    private(set) var failures = 0
    private let group = DispatchGroup()

    init(index: String) { self.index = index }

    func start() {
        for thread in 0..<2 {
            DispatchQueue.global().async(group: group) { [self] in
                guard let store = try? IndexStore(path: index) else { lock.withLock { failures += 1 }; return }
                var i = thread
                while lock.withLock({ running }) {
                    let query = QueryMix.development[i % QueryMix.development.count]
                    i += 1
                    do {
                        _ = try store.ask(SearchQuestion(query, limit: 10))
                        lock.withLock { if counting { counted += 1 } }
                    } catch {
                        lock.withLock { failures += 1 }
                        progress("search failed: \(error)")
                    }
                }
            }
        }
    }

    /// Runs `body`, returning the searches completed meanwhile.
    func counting(_ body: () throws -> Void) throws -> Int {
        lock.withLock { counted = 0; counting = true }
        defer { lock.withLock { counting = false } }
        try body()
        return lock.withLock { counted }
    }

    func stop() {
        lock.withLock { running = false }
        group.wait()
    }
}
