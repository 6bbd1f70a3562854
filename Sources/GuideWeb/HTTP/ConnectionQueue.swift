import Foundation

/// Accepted connections waiting for a worker, and how many are open in all (waiting or served):
/// the accept loop refuses one past `ServerLimits.connections`.
final class ConnectionQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [Int32] = []
    private var open = 0
    private var closed = false
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// False (and the connection not taken) when the server is full or stopping.
    func offer(_ connection: Int32) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !closed, open < limit else { return false }
        open += 1
        waiting.append(connection)
        condition.signal()
        return true
    }

    /// The next connection to serve; nil once the queue is closed and empty.
    func next() -> Int32? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !closed { condition.wait() }
        return waiting.isEmpty ? nil : waiting.removeFirst()
    }

    /// A served connection was closed.
    func finished() {
        condition.lock()
        open -= 1
        condition.unlock()
    }

    /// Stop: workers take what is queued, then get nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    var isClosed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return closed
    }
}
