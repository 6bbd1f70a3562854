#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Set by the SIGINT/SIGTERM handler (an atomic store is all a handler may safely do); the accept
/// loop and the connections look at it between short waits and wind down.
private let stopRequested = Atomic<Bool>(false)

enum StopSignals {
    static func install() {
        signal(SIGINT) { _ in stopRequested.store(true, ordering: .relaxed) }
        signal(SIGTERM) { _ in stopRequested.store(true, ordering: .relaxed) }
    }

    static var requested: Bool {
        stopRequested.load(ordering: .relaxed)
    }
}
