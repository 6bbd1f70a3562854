import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// A TCP socket listening on a host and port (port 0: one the system picks, read back in `port`).
final class ListeningSocket {
    let descriptor: Int32
    let port: Int

    init(host: String, port: Int, backlog: Int32 = 128) throws(ServerError) {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var found: UnsafeMutablePointer<addrinfo>?
        let looked = getaddrinfo(host, String(port), &hints, &found)
        guard looked == 0, let address = found else {
            throw ServerError.cannotListen(host: host, port: port, reason: Self.lookupFailure(looked))
        }
        defer { freeaddrinfo(found) }
        let socket = Glibc.socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard socket >= 0 else { throw ServerError.cannotListen(host: host, port: port, reason: SystemErrorText.text(errno)) }
        var on: Int32 = 1
        // A restarted server may bind while the old connections linger in TIME_WAIT.
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        guard bind(socket, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0, listen(socket, backlog) == 0 else {
            let reason = SystemErrorText.text(errno)
            close(socket)
            throw ServerError.cannotListen(host: host, port: port, reason: reason)
        }
        descriptor = socket
        self.port = Self.boundPort(socket) ?? port
    }

    deinit {
        close(descriptor)
    }

    /// The next connection, or nil when none came within `milliseconds` (or on an error to retry).
    func accept(within milliseconds: Int32) -> Int32? {
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&waiting, 1, milliseconds) > 0 else { return nil }
        let connection = Glibc.accept(descriptor, nil, nil)
        guard connection >= 0 else { return nil }
        // Not inherited by a process the server might start (none today; cheap insurance).
        _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
        return connection
    }

    private static func boundPort(_ socket: Int32) -> Int? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let got = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard got == 0 else { return nil }
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) } }
        case AF_INET6:
            return withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) } }
        default:
            return nil
        }
    }

    /// What `getaddrinfo`'s code means, in Bokmål (`gai_strerror` speaks English).
    private static func lookupFailure(_ code: Int32) -> String {
        switch code {
        case EAI_NONAME: "navnet eller adressen er ukjent"
        case EAI_AGAIN: "navneoppslaget svarte ikke nå; prøv igjen"
        case EAI_FAIL: "navneoppslaget feilet"
        case EAI_FAMILY: "adressetypen støttes ikke"
        case EAI_SERVICE: "porten kan ikke brukes"
        case EAI_SYSTEM: SystemErrorText.text(errno)
        default: "oppslagsfeil nr. \(code)"
        }
    }
}

/// Why the server could not start.
public enum ServerError: Error, CustomStringConvertible {
    case cannotListen(host: String, port: Int, reason: String)

    public var description: String {
        switch self {
        case .cannotListen(let host, let port, let reason): "kan ikke lytte på \(host):\(port): \(reason)"
        }
    }
}
