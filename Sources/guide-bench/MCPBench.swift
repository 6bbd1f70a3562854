import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `--mcp`: the round trip of `search_guidelines` over stdio, as an assistant's client sees it: one
/// `guide mcp` process on the corpus at 1× (built first), requests written one at a time, each timed
/// from the write of its line to the read of its answer's. The development queries of the mix, in
/// turn; a warm-up first, then `calls` timed calls in the same session; resident memory before and after.
struct MCPBench {
    let guide: String
    let corpus: URL
    let work: URL
    let calls: Int

    func run() throws {
        let copy = work.appendingPathComponent("mcp-corpus")
        try? FileManager.default.removeItem(at: copy)
        _ = try ScaledCorpus(source: corpus, copies: 1).write(to: copy)
        try runGuide(["index", "--corpus", copy.path])

        let process = Process()
        process.executableURL = URL(fileURLWithPath: guide)
        process.arguments = ["mcp", "--corpus", copy.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var reader = AnswerReader(descriptor: output.fileHandleForReading.fileDescriptor)

        func roundTrip(_ id: Int) throws -> Double {
            let query = QueryMix.development[id % QueryMix.development.count]
            let request: [String: Any] = [
                "jsonrpc": "2.0", "id": id, "method": "tools/call",
                "params": ["name": "search_guidelines", "arguments": ["query": query, "limit": 10],
                           "_meta": ["io.modelcontextprotocol/protocolVersion": "2026-07-28",
                                     "io.modelcontextprotocol/clientCapabilities": [String: Any]()]] as [String: Any],
            ]
            let line = try JSONSerialization.data(withJSONObject: request) + Data("\n".utf8)
            let start = Measure.now()
            input.fileHandleForWriting.write(line)
            guard let answer = reader.nextLine() else { throw MCPBenchError("guide mcp ended early") }
            let elapsed = Measure.milliseconds(since: start)
            guard answer.contains("\"id\":\(id),"), answer.contains("\"isError\":false") else {
                throw MCPBenchError("unexpected answer: \(answer.prefix(200))")
            }
            return elapsed
        }

        for id in 0..<50 { _ = try roundTrip(id) }
        let before = residentMB(of: process.processIdentifier)
        let cpuBefore = cpuSeconds(of: process.processIdentifier)
        var samples: [Double] = []
        for id in 50..<(50 + calls) { samples.append(try roundTrip(id)) }
        let after = residentMB(of: process.processIdentifier)
        let cpuPerCall = (cpuSeconds(of: process.processIdentifier) - cpuBefore) * 1000 / Double(calls)
        try input.fileHandleForWriting.close()
        process.waitUntilExit()

        let latency = Latency(samples)
        print("guide mcp: search_guidelines round trip over stdio, corpus 1× (\(corpus.lastPathComponent)), \(calls) calls in one session")
        print(String(format: "  p50 %.2f ms · p95 %.2f ms · p99 %.2f ms · max %.2f ms", latency.p50, latency.p95, latency.p99, latency.max))
        // The server's own CPU time per call (user + system): what the round trip costs on an idle machine.
        print(String(format: "  server CPU %.2f ms a call; load average %@", cpuPerCall, loadAverage()))
        print(String(format: "  resident memory %.1f MB after the warm-up, %.1f MB after the calls; exit status %d",
                     before, after, process.terminationStatus))
    }

    private func runGuide(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: guide)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw MCPBenchError("guide \(arguments.first ?? "") failed") }
    }

    private func cpuSeconds(of pid: Int32) -> Double {
        // /proc/PID/stat: fields 14 and 15 (utime, stime) in clock ticks, after the parenthesised name.
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    private func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }

    private func residentMB(of pid: Int32) -> Double {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }

    /// Lines from the server's stdout, read straight from the descriptor (no run loop).
    private struct AnswerReader {
        let descriptor: Int32
        var pending: [UInt8] = []

        init(descriptor: Int32) { self.descriptor = descriptor }

        mutating func nextLine() -> String? {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    return line
                }
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return nil }
                pending += buffer[..<count]
            }
        }
    }
}

struct MCPBenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
