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
        lines.append(row(["scale", "files", "text MB", "passages", "build s", "MB/s", "floor s", "ours/floor", "index MB", "index/text",
                          "floor/text", "peak MB"]))
        for s in scales {
            guard let seconds = s.buildSeconds else {
                lines.append(row(["\(s.scale)×"]) + "   reused (--reuse): not built, not measured")
                continue
            }
            let mb = Double(s.textBytes) / 1_048_576
            lines.append(row(["\(s.scale)×", "\(s.files)", f(mb, 2), "\(s.passages)", f(seconds, 3), f(mb / seconds, 2),
                              f(s.floorBuildSeconds, 3), f(seconds / max(s.floorBuildSeconds, 1e-9), 1) + "×",
                              f(Double(s.indexBytes) / 1_048_576, 2), f(Double(s.indexBytes) / Double(max(s.textBytes, 1)), 1) + "×",
                              f(Double(s.floorBytes) / Double(max(s.textBytes, 1)), 1) + "×", f(s.peakAfterBuildMB, 0)]))
        }
        lines.append("")
        lines.append("Build time by stage, s (read+structure: corpus scan, readers, passes; analyze: compound vocabulary and tokenizing for")
        lines.append("the posting lists; postings: sorted runs, merge, insert; inserts: the rows; FTS5: rebuild and optimize; vocabulary: the")
        lines.append("correction vocabulary and the word forms kept from the word lists)")
        lines.append(row(["scale", "read+struct", "analyze", "postings", "inserts", "FTS5", "vocabulary", "other"]))
        for s in scales {
            guard let t = s.stages else { continue }
            lines.append(row(["\(s.scale)×", f(t.readStructure, 3), f(t.analyze, 3), f(t.postings, 3), f(t.inserts, 3), f(t.fullText, 3),
                              f(t.vocabulary, 3), f(t.other, 3)]))
        }
        lines.append("")
        lines.append("Build peak resident MB, as each part of the write ends (it only grows; reading streams into the rows)")
        lines.append(row(["scale", "rows", "FTS5", "postings", "vocabulary"]))
        for s in scales {
            guard let t = s.stages else { continue }
            lines.append(row(["\(s.scale)×", f(t.peakAfterRowsMB, 0), f(t.peakAfterFullTextMB, 0), f(t.peakAfterPostingsMB, 0),
                              f(t.peakAfterVocabularyMB, 0)]))
        }
        if let largest = scales.filter({ !$0.tableBytes.isEmpty }).max(by: { $0.scale < $1.scale }) {
            let text = Double(max(largest.textBytes, 1))
            lines.append("")
            lines.append("Index bytes per text byte at \(largest.scale)×, by table and index (dbstat; the largest ten)")
            for table in largest.tableBytes.prefix(10) {
                lines.append("  " + table.name.padding(toLength: 28, withPad: " ", startingAt: 0)
                             + f(Double(table.bytes) / 1_048_576, 2).leftPadded(10) + " MB" + f(Double(table.bytes) / text, 2).leftPadded(8) + "×")
            }
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
        for s in scales where s.scale >= 100 {
            guard let seconds = s.buildSeconds else { continue }
            let mbs = Double(s.textBytes) / 1_048_576 / seconds
            check(mbs >= 5, "build ≥ 5 MB/s at \(s.scale)×: \(f(mbs, 2)) MB/s")
            check(seconds <= 6 * s.floorBuildSeconds, "build ≤ 6× the bare FTS5 build at \(s.scale)×: \(f(seconds / max(s.floorBuildSeconds, 1e-9), 1))×")
            check(s.indexBytes <= 4 * s.textBytes, "index ≤ 4× the text at \(s.scale)×: \(f(Double(s.indexBytes) / Double(max(s.textBytes, 1)), 1))×")
            if s.scale >= 1000 {
                let limit = s.scale >= 10_000 ? 250.0 : 200.0
                check(s.peakAfterBuildMB <= limit, "build peak ≤ \(Int(limit)) MB at \(s.scale)×: \(f(s.peakAfterBuildMB, 0)) MB")
            }
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

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
