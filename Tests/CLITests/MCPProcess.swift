import Foundation
import XCTest

/// `guide mcp` running as a client starts it: lines written to its stdin, answers read line by line
/// from its stdout (each within a timeout), stderr kept to look at after the end.
final class MCPProcess: @unchecked Sendable {
    static var meta: [String: Any] { ["io.modelcontextprotocol/protocolVersion": "2026-07-28",
                                      "io.modelcontextprotocol/clientCapabilities": [String: Any]()] }

    let process = Process()
    private let input = Pipe()
    private let condition = NSCondition()
    private var lines: [String] = []
    private var pending = Data()
    private var stderrData = Data()
    private var nextID = 1

    init(corpus: URL, arguments: [String] = []) throws {
        process.executableURL = GuideProcess.binary
        process.arguments = ["mcp", "--corpus", corpus.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "GUIDE_DB")
        environment.removeValue(forKey: "GUIDE_CORPUS")
        process.environment = environment
        process.currentDirectoryURL = corpus.deletingLastPathComponent()
        let output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in self?.received(handle.availableData) }
        error.fileHandleForReading.readabilityHandler = { [weak self] handle in
            guard let self else { return }
            let data = handle.availableData
            condition.lock()
            stderrData.append(data)
            condition.unlock()
        }
        try process.run()
    }

    private func received(_ data: Data) {
        condition.lock()
        pending.append(data)
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            lines.append(String(decoding: pending[pending.startIndex..<newline], as: UTF8.self))
            pending = Data(pending[(newline + 1)...])
        }
        condition.broadcast()
        condition.unlock()
    }

    var stderr: String {
        condition.lock()
        defer { condition.unlock() }
        return String(decoding: stderrData, as: UTF8.self)
    }

    var pid: Int32 { process.processIdentifier }

    func write(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    func send(_ message: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: message)
        write(String(decoding: data, as: UTF8.self) + "\n")
    }

    /// The next line the server wrote, as a JSON object; fails after `timeout` seconds.
    func receive(timeout: TimeInterval = 60, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        while lines.isEmpty && condition.wait(until: deadline) {}
        let text = lines.isEmpty ? nil : lines.removeFirst()
        condition.unlock()
        let answer = try XCTUnwrap(text, "no answer within \(timeout) s; stderr: \(stderr)", file: file, line: line)
        return try GuideProcess.json(answer, file: file, line: line)
    }

    /// Whether a line is waiting, after `seconds`.
    func hasAnswer(after seconds: TimeInterval) -> Bool {
        Thread.sleep(forTimeInterval: seconds)
        condition.lock()
        defer { condition.unlock() }
        return !lines.isEmpty
    }

    /// A request as 2026-07-28 sends it (with `_meta`), or bare (`stateless: false`, after `initialize`).
    func request(_ method: String, _ params: [String: Any] = [:], stateless: Bool = true) -> [String: Any] {
        var params = params
        if stateless { params["_meta"] = Self.meta }
        defer { nextID += 1 }
        return ["jsonrpc": "2.0", "id": nextID, "method": method, "params": params]
    }

    /// Sends a request and returns its answer, checking that the answer is for it.
    func call(_ method: String, _ params: [String: Any] = [:], stateless: Bool = true,
              file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let request = request(method, params, stateless: stateless)
        try send(request)
        let answer = try receive(file: file, line: line)
        XCTAssertEqual(answer["id"] as? Int, request["id"] as? Int, "answer to another request: \(answer)", file: file, line: line)
        return answer
    }

    /// The `result` of a request (failing on an error answer).
    func result(_ method: String, _ params: [String: Any] = [:], stateless: Bool = true,
                file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let answer = try call(method, params, stateless: stateless, file: file, line: line)
        return try XCTUnwrap(answer["result"] as? [String: Any], "not a result: \(answer)", file: file, line: line)
    }

    func tool(_ name: String, _ arguments: [String: Any], stateless: Bool = true,
              file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try result("tools/call", ["name": name, "arguments": arguments], stateless: stateless, file: file, line: line)
    }

    /// Ends the input and waits for the process; its exit status.
    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Resident memory in kB (Linux /proc).
    func residentKilobytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    deinit {
        if process.isRunning { process.terminate() }
    }
}
