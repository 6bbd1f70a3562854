import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `guide serve --port 0` as a process: started on a corpus, its port read from the line it prints on
/// stderr, stopped with SIGTERM. Requests go over a plain socket, so the tests see the bytes a
/// browser or an attacker would.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let stderrPipe = Pipe()
    private let stderrText = LockedText()

    init(corpus: URL, index: URL, extraArguments: [String] = []) throws {
        process.executableURL = GuideProcess.binary
        process.arguments = ["serve", "--port", "0", "--corpus", corpus.path, "--db", index.path] + extraArguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "GUIDE_DB")
        environment.removeValue(forKey: "GUIDE_CORPUS")
        process.environment = environment
        process.currentDirectoryURL = corpus.deletingLastPathComponent()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderrPipe
        let text = stderrText
        stderrPipe.fileHandleForReading.readabilityHandler = { handle in text.append(String(decoding: handle.availableData, as: UTF8.self)) }
        try process.run()
        // A first run builds the index (seconds in a debug build) before it listens.
        let deadline = Date().addingTimeInterval(180)
        var found: Int?
        while found == nil && Date() < deadline && process.isRunning {
            found = Self.port(in: stderrText.value)
            if found == nil { Thread.sleep(forTimeInterval: 0.1) }
        }
        guard let found else {
            process.terminate()
            throw ServerStartError(stderr: stderrText.value)
        }
        port = found
    }

    var stderr: String { stderrText.value }

    /// SIGTERM, then the exit status once it has stopped.
    func stop() -> Int32 {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        stderrPipe.fileHandleForReading.readabilityHandler = nil
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    private static func port(in text: String) -> Int? {
        guard let range = text.range(of: #"lytter på http://[^ ]+:([0-9]+)/"#, options: .regularExpression) else { return nil }
        return Int(text[range].split(separator: ":").last?.dropLast() ?? "")
    }

    // MARK: - Requests

    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String

        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    /// GET (or another method) of `target` with `Connection: close`, read to the end.
    func get(_ target: String, method: String = "GET") throws -> Response {
        try send(Array("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
    }

    /// Raw bytes sent, the answer read until the server closes (or `timeout` seconds pass).
    func send(_ bytes: [UInt8], timeout: Double = 30) throws -> Response {
        let socket = try connect()
        defer { close(socket) }
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        let data = Self.readToEnd(socket, timeout: timeout)
        return try Self.parse(data)
    }

    func connect() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard socket >= 0, connected == 0 else {
            close(socket)
            throw ServerStartError(stderr: "cannot connect to port \(port): \(String(cString: strerror(errno)))")
        }
        return socket
    }

    /// Everything until the peer closes or the time is up.
    static func readToEnd(_ socket: Int32, timeout: Double) -> [UInt8] {
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var waiting = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&waiting, 1, 100) >= 0 else { break }
            if waiting.revents == 0 { continue }
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            data += chunk[0..<count]
        }
        return data
    }

    static func parse(_ data: [UInt8]) throws -> Response {
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw ServerStartError(stderr: "no HTTP head in: \(text.prefix(200))") }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}

struct ServerStartError: Error, CustomStringConvertible {
    let stderr: String
    var description: String { "guide serve did not start: \(stderr)" }
}

final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ more: String) { lock.lock(); text += more; lock.unlock() }
    var value: String { lock.lock(); defer { lock.unlock() }; return text }
}
