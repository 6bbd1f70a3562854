import Foundation
import GuideIndexer
import GuideKit

/// What one scale measures, in a process of its own so peak memory is this scale's alone.
struct ScaleFigures: Codable {
    var scale: Int
    var files: Int
    var textBytes: Int
    var guidelines: Int
    var passages: Int
    var warnings: Int
    var generateSeconds: Double
    /// Nil when the index was reused (`--reuse`): nothing was built, so there is nothing to report.
    var buildSeconds: Double?
    var indexBytes: Int
    /// Where the build's time went (nil when reused).
    var stages: BuildStages?
    /// Bytes per table and index of our index (`dbstat`), largest first; empty when SQLite lacks dbstat.
    var tableBytes: [TableBytes]
    var peakAfterBuildMB: Double
    var floorBuildSeconds: Double
    var floorBytes: Int
    var queries: Int
    var ours: Latency
    var floor: Latency
    var residentAfterFirstRoundMB: Double
    var residentAfterLastRoundMB: Double
    var peakMB: Double
}

struct TableBytes: Codable {
    var name: String
    var bytes: Int
}

/// Files of one scale under the work directory, shared by the scale's process and the parent.
struct ScalePaths {
    let root: URL
    init(work: URL, scale: Int) { root = work.appendingPathComponent("scale-\(scale)") }
    var corpus: URL { root.appendingPathComponent("Corpus") }
    var index: String { root.appendingPathComponent("index.sqlite").path }
    var floor: String { root.appendingPathComponent("floor.sqlite").path }
    /// The index `guide` itself builds for the whole-process runs (it rebuilds one written by another program).
    var guideIndex: String { root.appendingPathComponent("guide-index.sqlite").path }
}

enum ScaleRun {
    static func run(scale: Int, source: URL, work: URL, rounds: Int, reuse: Bool) throws -> ScaleFigures {
        let paths = ScalePaths(work: work, scale: scale)
        var written = ScaledCorpus.Written()
        var builds: [Double] = []
        var report: IndexBuilder.Report?
        var generate = 0.0, floorBuild = 0.0
        // An index another schema version built does not open: it is built again.
        let reusing = reuse && (try? IndexStore(path: paths.index)) != nil && FileManager.default.fileExists(atPath: paths.floor)
        if !reusing {
            try? FileManager.default.removeItem(at: paths.root)
            generate = try Measure.seconds { written = try ScaledCorpus(source: source, copies: scale).write(to: paths.corpus) }
            progress("\(scale)×: \(written.files) files, \(written.bytes / 1024) KB written; indexing …")
            // The bundled corpus builds in a fraction of a second: take the median of five. With the word
            // lists read per build, as `KnowledgeBase` does, so timings and corrections are a real run's.
            for _ in 0..<(scale == 1 ? 5 : 1) {
                builds.append(try Measure.seconds {
                    report = try IndexBuilder.build(corpus: paths.corpus, into: paths.index, wordList: try? NorwegianWordList.installed())
                })
            }
            // The floor: the same passages into a bare FTS5 table (unicode61, one transaction), in the same run.
            floorBuild = try Measure.seconds { try FloorIndex.build(at: paths.floor, from: paths.index) }
        }
        let peakAfterBuild = Measure.peakResidentMB()
        progress(reusing ? "\(scale)×: reusing the index; searching …"
                 : "\(scale)×: \(report?.passages ?? 0) passages indexed in \(String(format: "%.1f", Measure.median(builds))) s; searching …")

        let index = try IndexStore(path: paths.index)
        let tables = (index.tableBytes() ?? []).map { TableBytes(name: $0.name, bytes: $0.bytes) }
        let floor = try FloorIndex(path: paths.floor)
        var ours: [Double] = [], bare: [Double] = []
        var afterFirst = 0.0
        var perQuery = Array(repeating: (ours: [Double](), floor: [Double]()), count: QueryMix.all.count)
        for round in 0...rounds {  // round 0 warms the caches and is not counted
            // GUIDE_BENCH_ONLY=text restricts the mix to that one query (for profiling one query).
            let only = ProcessInfo.processInfo.environment["GUIDE_BENCH_ONLY"]
            for (q, query) in QueryMix.all.enumerated() where only.map({ query == $0 }) ?? true {
                var start = Measure.now()
                _ = try index.ask(SearchQuestion(query, limit: 10))
                let a = Measure.milliseconds(since: start)
                start = Measure.now()
                _ = try floor.search(query)
                let b = Measure.milliseconds(since: start)
                if round > 0 { ours.append(a); bare.append(b); perQuery[q].ours.append(a); perQuery[q].floor.append(b) }
            }
            if round == 1 { afterFirst = Measure.residentMB() }
        }
        if ProcessInfo.processInfo.environment["GUIDE_BENCH_PER_QUERY"] != nil {
            for (q, query) in QueryMix.all.enumerated() {
                var analysis: [Double] = []
                for _ in 0..<5 {
                    let start = Measure.now()
                    _ = try index.ask(AnalysisQuestion(query))
                    analysis.append(Measure.milliseconds(since: start))
                }
                progress(String(format: "%8.2f ms (analysis %6.2f ms) %8.2f ms  %@", Measure.median(perQuery[q].ours),
                                Measure.median(analysis), Measure.median(perQuery[q].floor),
                                String(query.prefix(60))))
            }
        }
        return ScaleFigures(
            scale: scale, files: written.files, textBytes: written.bytes, guidelines: report?.guidelines ?? 0,
            passages: report?.passages ?? 0, warnings: report?.diagnostics.count ?? 0, generateSeconds: generate,
            buildSeconds: builds.isEmpty ? nil : Measure.median(builds), indexBytes: fileSize(paths.index), stages: report?.stages, tableBytes: tables, peakAfterBuildMB: peakAfterBuild,
            floorBuildSeconds: floorBuild, floorBytes: fileSize(paths.floor), queries: ours.count,
            ours: Latency(ours), floor: Latency(bare), residentAfterFirstRoundMB: afterFirst,
            residentAfterLastRoundMB: Measure.residentMB(), peakMB: Measure.peakResidentMB())
    }

    static func fileSize(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    }
}

/// Progress goes to stderr, figures to stdout.
func progress(_ message: String) {
    FileHandle.standardError.write(Data("guide-bench: \(message)\n".utf8))
}
