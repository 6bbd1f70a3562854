import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An HTTP/1.1 server on the POSIX socket API: one accept loop, a fixed pool of worker threads each
/// with its own `RequestHandler` (so its own index connection), a bound on open connections and on
/// questions answered at once. `run` returns after SIGINT or SIGTERM (or `stop()`), once the requests
/// being answered are done.
public final class HTTPServer: @unchecked Sendable {
    public let limits: ServerLimits
    /// The port listened on (the system's choice when 0 was asked for).
    public let port: Int
    private let socket: ListeningSocket
    private let queue: ConnectionQueue
    private let stopping = StopFlag()

    public init(host: String, port: Int, limits: ServerLimits = ServerLimits()) throws {
        self.limits = limits
        socket = try ListeningSocket(host: host, port: port)
        self.port = socket.port
        queue = ConnectionQueue(limit: limits.connections)
    }

    /// Serves until stopped; `makeHandler` runs once on each worker thread.
    public func run(makeHandler: @escaping @Sendable () -> RequestHandler) {
        signal(SIGPIPE, SIG_IGN)
        StopSignals.install()
        let parser = RequestParser(limits: limits)
        let gate = DispatchSemaphore(value: limits.concurrentQuestions)
        let workers = DispatchGroup()
        for _ in 0..<limits.workers {
            workers.enter()
            let thread = Thread { [queue, stopping] in
                let handler = makeHandler()
                while let descriptor = queue.next() {
                    if !stopping.isSet {
                        Connection(descriptor: descriptor, parser: parser, gate: gate, isStopping: { stopping.isSet }).serve(with: handler)
                    }
                    close(descriptor)
                    queue.finished()
                }
                workers.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }

        while !stopping.isSet {
            guard let connection = socket.accept(within: 200) else { continue }
            if !queue.offer(connection) {
                let busy = ErrorPage.response(.serviceUnavailable).serialized(forHead: false, keepAlive: false)
                _ = busy.withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                close(connection)
            }
        }
        queue.close()
        _ = workers.wait(timeout: .now() + limits.headSeconds + 10)
    }

    /// Stops `run` as SIGTERM does.
    public func stop() {
        stopping.set()
    }
}

/// Set once, read from every thread.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value || StopSignals.requested
    }

    func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}
