import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// The stdio transport: one JSON-RPC message a line on stdin, one answer a line on stdout, nothing
/// else on stdout. A reader thread takes the lines in as they come and queues the requests; the
/// calling thread answers them in order. `notifications/cancelled` drops a queued request (the reader
/// sees a request and its cancellation written together at once) and silences one already running.
/// Bad input is answered and the session goes on; end of input ends it once the queue is answered.
public final class StdioSession: @unchecked Sendable {
    private let limits: MessageLimits
    private let input: Int32
    private let output: Int32
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [Item] = []
    /// The request being answered, and whether it was cancelled meanwhile.
    private var running: JSONValue?
    private var runningCancelled = false
    private var inputEnded = false

    private enum Item {
        case message(RPCMessage)
        /// An answer made by the reader (an unreadable line), written in turn.
        case answer(JSONValue)
    }

    public init(limits: MessageLimits = MessageLimits(), input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.limits = limits
        self.input = input
        self.output = output
    }

    /// Serves `server` until the input ends.
    public func run(_ server: MCPServer) {
        let reader = Thread { [self] in readAll() }
        reader.stackSize = 1 << 20
        reader.start()
        while let item = next() {
            switch item {
            case .answer(let answer):
                write(answer)
            case .message(let message):
                guard let answer = server.respond(to: message) else { continue }
                // Cancelled while it ran: the client has given up on it and expects no answer.
                if let id = message.id, finish(id) { continue }
                write(answer)
            }
        }
    }

    // MARK: - Reader thread

    private func readAll() {
        var reader = LineReader(descriptor: input, maxBytes: limits.maxBytes)
        while let lines = reader.nextLines() {
            var items: [Item] = []
            var cancelledNow: [JSONValue] = []
            for line in lines {
                switch line {
                case .tooLong:
                    let error = RPCError.invalidRequest("Meldingen er større enn \(limits.maxBytes) byte")
                    items.append(.answer(MCPServer.errorResponse(id: .null, error: error)))
                case .text(let bytes):
                    if bytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) { continue }
                    switch RPCMessage.read(bytes, limits: limits) {
                    case .failure(let failure):
                        if let id = failure.id { items.append(.answer(MCPServer.errorResponse(id: id, error: failure.error))) }
                    case .success(let message) where message.method == "notifications/cancelled":
                        if let id = message.params["requestId"] { cancelledNow.append(id) }
                    case .success(let message):
                        items.append(.message(message))
                    }
                }
            }
            enqueue(items, cancelling: cancelledNow)
        }
        condition.lock()
        inputEnded = true
        condition.signal()
        condition.unlock()
    }

    private func enqueue(_ items: [Item], cancelling ids: [JSONValue]) {
        condition.lock()
        defer { condition.unlock() }
        queue += items
        for id in ids {
            let before = queue.count
            queue.removeAll { if case .message(let message) = $0 { return message.id == id } else { return false } }
            // Not queued: running now (its answer is then dropped) or already answered (nothing to do).
            if queue.count == before && id == running { runningCancelled = true }
        }
        condition.signal()
    }

    // MARK: - Answering thread

    private func next() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !inputEnded { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let item = queue.removeFirst()
        if case .message(let message) = item { running = message.id } else { running = nil }
        runningCancelled = false
        return item

    }

    /// Whether the request was cancelled while it ran.
    private func finish(_ id: JSONValue) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        running = nil
        return runningCancelled
    }

    private func write(_ message: JSONValue) {
        // A failed write means the client has gone; the session ends when its input does.
        _ = JSONWriter.line(message).withUnsafeBytes { DescriptorWrite.all($0, to: output) }
    }
}
