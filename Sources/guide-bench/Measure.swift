import Foundation

/// Clocks, percentiles and memory readings.
enum Measure {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func milliseconds(since start: UInt64) -> Double { Double(now() - start) / 1_000_000 }

    /// Runs `body` and returns its wall time in seconds.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return Double(now() - start) / 1_000_000_000
    }

    /// Nearest-rank percentile of an ascending array.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count) * p).rounded(.up)) - 1))]
    }

    static func median(_ values: [Double]) -> Double { percentile(values.sorted(), 0.5) }

    /// The process's peak resident set so far, in MB (getrusage: a high-water mark for the whole
    /// process, which is why each scale runs in a process of its own).
    static func peakResidentMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The resident set now, in MB (Linux /proc/self/statm: pages), 0 where unavailable.
    static func residentMB() -> Double {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = statm.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }
}

/// Latency figures of one query mix.
struct Latency: Codable {
    var p50: Double
    var p95: Double
    var p99: Double
    var max: Double

    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        p50 = Measure.percentile(sorted, 0.5)
        p95 = Measure.percentile(sorted, 0.95)
        p99 = Measure.percentile(sorted, 0.99)
        max = sorted.last ?? 0
    }
}
