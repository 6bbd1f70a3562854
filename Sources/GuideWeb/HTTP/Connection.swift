import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One client connection served on a worker thread: requests read within the limits (a head that is
/// too slow is dropped, a bad one answered with its 4xx and closed), answered through the gate that
/// bounds concurrent questions, kept alive when the client asks and the server is not stopping.
struct Connection {
    let descriptor: Int32
    let parser: RequestParser
    let gate: DispatchSemaphore
    let isStopping: @Sendable () -> Bool

    private var limits: ServerLimits { parser.limits }

    func serve(with handler: RequestHandler) {
        var noDelay: Int32 = 1
        setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
        // A client that stops reading cannot hold a worker longer than this.
        var sendTimeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &sendTimeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer: [UInt8] = []
        for served in 0..<limits.requestsPerConnection {
            // Idle until the next request's first byte; from then on the whole head must come in time.
            guard buffer.isEmpty ? receive(into: &buffer, until: Self.now() + limits.idleSeconds) : true else { return }
            let headDeadline = Self.now() + limits.headSeconds
            var outcome = parser.parse(buffer)
            while outcome == .incomplete {
                guard receive(into: &buffer, until: headDeadline) else { return }
                outcome = parser.parse(buffer)
            }
            switch outcome {
            case .incomplete:
                return
            case .refused(let status):
                send(ErrorPage.response(status).serialized(forHead: false, keepAlive: false))
                return
            case .request(let request, let headLength):
                buffer.removeFirst(headLength)
                gate.wait()
                let response = handler.respond(to: request)
                gate.signal()
                let keepAlive = request.keepAlive && served + 1 < limits.requestsPerConnection && !isStopping()
                let head = response.head(keepAlive: keepAlive)
                guard send(head, request.method == .head ? [] : response.body), keepAlive else { return }
            }
        }
    }

    /// Appends what arrives before the deadline; false on end of stream, an error, the deadline, or a stop.
    private func receive(into buffer: inout [UInt8], until deadline: Double) -> Bool {
        while true {
            let left = deadline - Self.now()
            if left <= 0 || isStopping() { return false }
            // Short waits, so that a stop is noticed while a client idles.
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, Int32(min(left, 0.2) * 1000) + 1)
            if ready < 0 && errno != EINTR { return false }
            guard ready > 0 else { continue }
            // On the stack: a request costs no allocation (and no zeroing) of a receive buffer.
            let count = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16 * 1024) { chunk in
                let count = recv(descriptor, chunk.baseAddress, chunk.count, 0)
                if count > 0 { buffer.append(contentsOf: chunk[0..<count]) }
                return count
            }
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            return count > 0
        }
    }

    /// Head and body in one `writev` (no copy of the body into one buffer with the head), the rest
    /// of a partial write sent on.
    private func send(_ head: [UInt8], _ body: [UInt8]) -> Bool {
        head.withUnsafeBytes { head in
            body.withUnsafeBytes { body in
                var parts = [iovec(iov_base: UnsafeMutableRawPointer(mutating: head.baseAddress), iov_len: head.count),
                             iovec(iov_base: UnsafeMutableRawPointer(mutating: body.baseAddress), iov_len: body.count)]
                var first = 0
                while first < parts.count {
                    if parts[first].iov_len == 0 { first += 1; continue }
                    let sent = parts[first...].withUnsafeBufferPointer { writev(descriptor, $0.baseAddress, Int32($0.count)) }
                    if sent < 0 && errno == EINTR { continue }
                    guard sent > 0 else { return false }
                    var done = sent
                    while done > 0 {
                        let taken = min(done, parts[first].iov_len)
                        parts[first].iov_base = parts[first].iov_base.map { $0 + taken }
                        parts[first].iov_len -= taken
                        done -= taken
                        if parts[first].iov_len == 0 { first += 1 }
                    }
                }
                return true
            }
        }
    }

    @discardableResult
    private func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            guard var next = raw.baseAddress else { return true }
            var left = raw.count
            while left > 0 {
                let sent = Glibc.send(descriptor, next, left, Int32(MSG_NOSIGNAL))
                if sent < 0 && errno == EINTR { continue }
                guard sent > 0 else { return false }
                next += sent
                left -= sent
            }
            return true
        }
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
