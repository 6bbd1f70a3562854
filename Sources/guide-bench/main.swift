import Foundation
import GuideKit

// guide-bench: rerunnable figures for indexing and search at 1×, 100× and 1000× the bundled corpus,
// side by side with the floor (a bare FTS5 table in the same SQLite, a bare sqlite3 process).
// Usage: swift build -c release && swift run -c release guide-bench [options]   (see BenchOptions)
// Figures go to stdout, progress to stderr; nothing is asserted. Queries are fixed strings.

do {
    let options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
    if options.stems {
        try StemJoinsReport.run(corpus: options.corpus, all: options.stemsAll)
    } else if options.sync {
        let guide = options.guide ?? Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("guide").path ?? "guide"
        try FileManager.default.createDirectory(at: options.work, withIntermediateDirectories: true)
        defer { if !options.keepWork { try? FileManager.default.removeItem(at: options.work) } }
        try SyncBench(guide: guide, server: options.fakeServer, work: options.work, jobs: options.jobs).run()
    } else if options.mcp {
        let guide = options.guide ?? Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("guide").path ?? "guide"
        try FileManager.default.createDirectory(at: options.work, withIntermediateDirectories: true)
        defer { if !options.keepWork { try? FileManager.default.removeItem(at: options.work) } }
        try MCPBench(guide: guide, corpus: options.corpus, work: options.work, calls: options.calls).run()
    } else if let scale = options.childScale {
        // One scale, in this process alone: figures as one JSON line for the parent.
        let figures = try ScaleRun.run(scale: scale, source: options.corpus, work: options.work, rounds: options.rounds, reuse: options.reuse)
        let encoder = JSONEncoder()
        print(String(decoding: try encoder.encode(figures), as: UTF8.self))
    } else if options.update {
        try FileManager.default.createDirectory(at: options.work, withIntermediateDirectories: true)
        defer { if !options.keepWork { try? FileManager.default.removeItem(at: options.work) } }
        print(try UpdateRun.run(scales: options.scales, source: options.corpus, work: options.work, reuse: options.reuse))
    } else {
        try BenchParent(options: options).run()
    }
} catch {
    progress("error: \(error)")
    exit(1)
}
