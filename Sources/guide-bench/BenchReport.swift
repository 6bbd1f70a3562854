import Foundation
import GuideKit

/// The figures as text tables, with the targets they are held against.
struct BenchReport {
    let scales: [ScaleFigures]
    let processes: [ProcessComparison]
    let options: BenchOptions

    var text: String {
        var lines: [String] = []
        var system = utsname()
        uname(&system)
        let machine = withUnsafeBytes(of: &system.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        lines.append("guide-bench · \(machine), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
                     + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB · SQLite \(Database.libraryVersion)")
        lines.append("")
        lines.append("Indexing (IndexBuilder: read, structure, write; 1× is the median of 5 builds)")
        lines.append(row(["scale", "files", "text MB", "passages", "build s", "MB/s", "passages/s", "index MB", "index/text", "peak MB"]))
        for s in scales {
            guard let seconds = s.buildSeconds else {
                lines.append(row(["\(s.scale)×"]) + "   reused (--reuse): not built, not measured")
                continue
            }
            let mb = Double(s.textBytes) / 1_048_576
            lines.append(row(["\(s.scale)×", "\(s.files)", f(mb, 2), "\(s.passages)", f(seconds, 3), f(mb / seconds, 2),
                              f(Double(s.passages) / seconds, 0), f(Double(s.indexBytes) / 1_048_576, 2),
                              f(Double(s.indexBytes) / Double(max(s.textBytes, 1)), 1) + "×", f(s.peakAfterBuildMB, 0)]))
        }
        if let base = scales.first(where: { $0.scale == 1 && $0.buildSeconds != nil }) {
            for s in scales where s.buildSeconds != nil && s.passages != base.passages * s.scale {
                lines.append("  note: \(s.scale)× has \(s.passages) passages, not \(s.scale) × \(base.passages): some copies read differently")
            }
        }
        lines.append("")
        lines.append("Search in-process, \(QueryMix.all.count) queries × \(options.rounds) rounds, ms (floor: bare FTS5 unicode61, words OR-ed, bm25, LIMIT 10)")
        lines.append(row(["scale", "ours p50", "p95", "p99", "floor p50", "p95", "p99", "ratio p50", "ratio p95", "RSS MB 1st→last", "peak MB"]))
        for s in scales {
            lines.append(row(["\(s.scale)×", f(s.ours.p50, 2), f(s.ours.p95, 2), f(s.ours.p99, 2), f(s.floor.p50, 2), f(s.floor.p95, 2),
                              f(s.floor.p99, 2), f(s.ours.p50 / s.floor.p50, 1) + "×", f(s.ours.p95 / s.floor.p95, 1) + "×",
                              f(s.residentAfterFirstRoundMB, 1) + "→" + f(s.residentAfterLastRoundMB, 1), f(s.peakMB, 0)]))
        }
        if !processes.isEmpty {
            lines.append("")
            lines.append("Whole process, \(QueryMix.process.count) queries × \(options.repetitions) runs, ms (guide search --limit 10 against sqlite3 on the floor table)")
            lines.append(row(["scale", "guide p50", "p95", "sqlite3 p50", "p95", "ratio p50", "guide peak MB", "failures"]))
            for p in processes {
                lines.append(row(["\(p.scale)×", f(p.guideMedian, 1), f(p.guideP95, 1), f(p.sqliteMedian, 1), f(p.sqliteP95, 1),
                                  f(p.guideMedian / p.sqliteMedian, 1) + "×", f(p.guidePeakMB, 0), "\(p.failures)"]))
            }
        }
        lines.append("")
        lines.append(contentsOf: targets)
        return lines.joined(separator: "\n")
    }

    private var targets: [String] {
        var lines = ["Targets"]
        func check(_ ok: Bool, _ what: String) { lines.append("  [\(ok ? "met" : "MISSED")] \(what)") }
        if let largest = scales.max(by: { $0.scale < $1.scale }) {
            check(largest.ours.p95 <= 5, "in-process p95 ≤ 5 ms at \(largest.scale)×: \(f(largest.ours.p95, 2)) ms")
        }
        for s in scales {
            check(s.ours.p95 <= 3 * s.floor.p95 && s.ours.p50 <= 3 * s.floor.p50,
                  "≤ 3× the bare FTS5 floor at \(s.scale)× (p50 and p95): \(f(s.ours.p50 / s.floor.p50, 1))×, \(f(s.ours.p95 / s.floor.p95, 1))×")
        }
        if let p = processes.first(where: { $0.scale == 1 }) {
            check(p.guideMedian <= 2 * p.sqliteMedian, "whole guide search ≤ 2× a bare sqlite3 process at 1×: \(f(p.guideMedian / p.sqliteMedian, 1))×")
        }
        if let seconds = scales.first(where: { $0.scale == 1 })?.buildSeconds {
            check(seconds < 0.5, "index build of the bundled corpus well under a second: \(f(seconds * 1000, 0)) ms")
        }
        for s in scales {
            let growth = s.residentAfterLastRoundMB - s.residentAfterFirstRoundMB
            check(growth < 1, "memory flat in the number of queries at \(s.scale)×: \(f(growth, 2)) MB over \(options.rounds - 1) more rounds")
        }
        return lines
    }

    private func f(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    private func row(_ cells: [String]) -> String {
        cells.enumerated().map { $0.offset == 0 ? $0.element.padding(toLength: 6, withPad: " ", startingAt: 0)
            : String(repeating: " ", count: max(1, 12 - $0.element.count)) + $0.element }.joined()
    }
}
