import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The running executable's size and modification time: not what decides an index's content, only
/// a shortcut. An index written by this very file was analysed by this very code, so the analyzer's
/// fingerprint need not be computed again to compare it (`IndexerIdentity.differences`).
enum ExecutableStamp {
    static let current: String = {
        // One stat through /proc/self/exe (the link to the running executable, symlinks resolved)
        // instead of Bundle and FileManager, which every command would pay for at start.
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return "unknown" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }()
}
