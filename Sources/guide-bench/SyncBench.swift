import Foundation

/// `guide-bench --sync`: `guide sync` against the fake content API (Tests/Support/fake_hapi.py, 2,664
/// items over loopback): the full walk's time and rate, then a sync after 20 items changed, with the
/// requests the server counted, then one after 1 more; each with its index update (in place), beside
/// a full rebuild of the same corpus. Target: the full sync under 60 s; the second fetches only the 20.
struct SyncBench {
    let guide: String
    let server: String
    let work: URL
    let jobs: Int

    func run() throws {
        let fake = Process()
        fake.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        fake.arguments = ["python3", server, "--key", "bench-key"]
        let out = Pipe()
        fake.standardOutput = out
        try fake.run()
        defer { fake.terminate(); fake.waitUntilExit() }
        let banner = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard banner.count >= 4, let port = Int(banner[1]) else { throw OptionError(message: "the fake server did not start: \(banner)") }
        let corpus = work.appendingPathComponent("sync-corpus")
        try? FileManager.default.removeItem(at: corpus)
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let control = "http://127.0.0.1:\(port)/_fake/"

        progress("sync: full walk of \(banner[3]) items …")
        let full = try timedSync(corpus: corpus, port: port)
        try curl("POST", control + "reset-stats")
        try curl("POST", control + "change?count=20")
        progress("sync: 20 items changed …")
        let second = try timedSync(corpus: corpus, port: port)
        let stats = try JSONSerialization.jsonObject(with: curl("GET", control + "stats")) as? [String: Any]
        let items = Double(String(banner[3])) ?? 0
        try curl("POST", control + "change?count=1")
        progress("sync: 1 item changed …")
        let third = try timedSync(corpus: corpus, port: port)
        progress("sync: the same corpus rebuilt in full …")
        let rebuild = try timedGuide(["index", "--full", "--corpus", corpus.path])

        print("guide sync against the fake content API (\(banner[3]) items, 127.0.0.1, --jobs \(jobs), index build or update included)")
        print(String(format: "  full walk:           %6.2f s  %6.0f items/s  (sync alone %.2f s, index built in %.2f s)",
                     full.total, items / full.sync, full.sync, full.index))
        print(String(format: "  after 20 changes:    %6.2f s  %d requests (sync alone %.2f s)", second.total, stats?["requests"] as? Int ?? -1, second.sync))
        // "updated 17 guidelines in place (0 removed)": how many of the products the 20 items touched.
        let updated = second.inPlace ? second.line.components(separatedBy: "updated ").last?.components(separatedBy: " in place").first ?? "" : ""
        print(String(format: "  index after them:    %6.2f s  %@; a full rebuild of the same corpus: %.2f s",
                     second.index, second.inPlace ? "updated in place (\(updated))" : "REBUILT", rebuild.index))
        print(String(format: "  after 1 change:      %6.2f s  index %@ in %.2f s", third.total,
                     third.inPlace ? "updated in place" : "REBUILT", third.index))
        print("  target: full walk under 60 s — \(full.sync < 60 ? "met" : "MISSED")")
    }

    /// Whole `guide sync` time, the sync's own (from its summary line), and the index's (its build or
    /// in-place update line, which it returns too), and whether the index was updated in place.
    private func timedSync(corpus: URL, port: Int) throws -> (total: Double, sync: Double, index: Double, inPlace: Bool, line: String) {
        try timedGuide(["sync", "--corpus", corpus.path, "--api", "http://127.0.0.1:\(port)/innhold", "--jobs", String(jobs)])
    }

    private func timedGuide(_ arguments: [String]) throws -> (total: Double, sync: Double, index: Double, inPlace: Bool, line: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: guide)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["GUIDE_HAPI_KEY": "bench-key"]) { $1 }
        let err = Pipe()
        process.standardError = err
        let start = Date()
        try process.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let total = Date().timeIntervalSince(start)
        guard process.terminationStatus == 0 else { throw OptionError(message: "guide \(arguments[0]) failed: \(text)") }
        let lines = text.split(separator: "\n")
        // "… 4.2 MB in 16.9 s → …", "… passages in 3.10 s → …", "… passages written, in 0.42 s → …"
        let seconds = { (line: Substring?) in line?.components(separatedBy: " in ").last?.split(separator: " ").first.flatMap { Double($0) } }
        let sync = seconds(lines.first { $0.hasPrefix("guide: sync (") })
        let indexLine = lines.last { $0.contains(" in place (") || $0.hasPrefix("guide: indexed ") }
        return (total, sync ?? total, seconds(indexLine) ?? 0, indexLine?.contains(" in place (") == true, String(indexLine ?? ""))
    }

    @discardableResult
    private func curl(_ method: String, _ url: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "-X", method, url]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
