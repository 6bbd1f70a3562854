import Foundation
import GuideKit

/// Runs each scale in a process of its own, then the whole-process comparison, then prints the tables.
struct BenchParent {
    let options: BenchOptions

    func run() throws {
        try FileManager.default.createDirectory(at: options.work, withIntermediateDirectories: true)
        defer { if !options.keepWork { try? FileManager.default.removeItem(at: options.work) } }
        var scales: [ScaleFigures] = []
        for scale in options.scales {
            scales.append(try child(scale: scale))
        }
        var processes: [ProcessComparison] = []
        let bench = Bundle.main.executableURL?.deletingLastPathComponent()
        let guide = options.guide ?? bench.map { $0.appendingPathComponent("guide").path }
        let sqlite3 = options.sqlite3 ?? ProcessTiming.which("sqlite3")
        if let guide, FileManager.default.isExecutableFile(atPath: guide), let sqlite3 {
            for scale in options.processScales where options.scales.contains(scale) {
                progress("\(scale)×: timing whole processes (\(guide) against \(sqlite3)) …")
                processes.append(try ProcessComparison.run(scale: scale, paths: ScalePaths(work: options.work, scale: scale),
                                                           guide: guide, sqlite3: sqlite3, repetitions: options.repetitions))
            }
        } else {
            progress("no whole-process timing: build `guide` first (swift build -c release) and install sqlite3")
        }
        print(BenchReport(scales: scales, processes: processes, options: options).text)
    }

    /// One scale measured in a fresh process, so its peak memory is its own.
    private func child(scale: Int) throws -> ScaleFigures {
        guard let executable = Bundle.main.executableURL else { throw BenchError.child(scale, "no executable path") }
        let process = Process()
        process.executableURL = executable
        process.arguments = options.childArguments(scale: scale)
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError.child(scale, "exit status \(process.terminationStatus)") }
        return try JSONDecoder().decode(ScaleFigures.self, from: data)
    }
}
