import Foundation

/// Whole processes, started with posix_spawn and reaped with wait4, so the figure is the program's
/// own start, work and exit — not a framework's launch overhead — and the kernel reports its peak memory.
enum ProcessTiming {
    struct Outcome {
        var milliseconds: Double
        var peakMB: Double
        var status: Int32
    }

    /// Runs `arguments[0]` (a path) with the rest as arguments, stdout and stderr to /dev/null.
    static func run(_ arguments: [String]) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = Measure.now()
        let code = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard code == 0 else { throw BenchError.spawn(arguments[0], code) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return Outcome(milliseconds: Measure.milliseconds(since: start), peakMB: Double(usage.ru_maxrss) / 1024,
                       status: (status >> 8) & 0xff)
    }

    /// The first executable named `name` on PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Side by side: `guide search` as a whole process against a bare `sqlite3` query process on the
/// floor table, the same queries, interleaved so both see the same machine.
struct ProcessComparison: Codable {
    var scale: Int
    var runs: Int
    var guideMedian: Double
    var guideP95: Double
    var sqliteMedian: Double
    var sqliteP95: Double
    var guidePeakMB: Double
    var failures: Int

    static func run(scale: Int, paths: ScalePaths, guide: String, sqlite3: String, repetitions: Int) throws -> ProcessComparison {
        let common = [guide, "search", "--corpus", paths.corpus.path, "--db", paths.guideIndex, "--limit", "10"]
        // `guide` rebuilds an index written by another program: let it build its own first, untimed.
        _ = try ProcessTiming.run([guide, "index", "--corpus", paths.corpus.path, "--db", paths.guideIndex])
        var ours: [Double] = [], bare: [Double] = []
        var peak = 0.0
        var failures = 0
        for repetition in 0...repetitions {  // repetition 0 warms the page cache and is not counted
            for query in QueryMix.process {
                let a = try ProcessTiming.run(common + ["--", query])
                let b = try ProcessTiming.run([sqlite3, paths.floor, FloorIndex.sql(FloorIndex.expression(query) ?? "\"\"")])
                if a.status != 0 || b.status != 0 { failures += 1 }
                guard repetition > 0 else { continue }
                ours.append(a.milliseconds)
                bare.append(b.milliseconds)
                peak = max(peak, a.peakMB)
            }
        }
        let o = ours.sorted(), b = bare.sorted()
        return ProcessComparison(scale: scale, runs: ours.count, guideMedian: Measure.percentile(o, 0.5),
                                 guideP95: Measure.percentile(o, 0.95), sqliteMedian: Measure.percentile(b, 0.5),
                                 sqliteP95: Measure.percentile(b, 0.95), guidePeakMB: peak, failures: failures)
    }
}

enum BenchError: Error, CustomStringConvertible {
    case spawn(String, Int32)
    case child(Int, String)

    var description: String {
        switch self {
        case .spawn(let path, let code): "cannot start \(path) (error \(code))"
        case .child(let scale, let why): "the \(scale)× run failed: \(why)"
        }
    }
}
