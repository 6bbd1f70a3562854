import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// The POSIX calls behind the atomic swap of a finished index.
enum AtomicFile {
    struct Failure: Error, CustomStringConvertible {
        let operation: String
        let path: String
        let code: Int32
        var description: String { "\(operation) \(path): \(SystemErrorText.text(code))" }
    }

    /// fsync, so the renamed file is complete on disk even after a power loss.
    static func flush(_ path: String) throws {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Failure(operation: "open", path: path, code: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw Failure(operation: "fsync", path: path, code: errno) }
    }

    /// rename(2) replaces the target atomically: readers see the old file or the new one.
    static func rename(_ source: String, over target: String) throws {
        guard Glibc.rename(source, target) == 0 else { throw Failure(operation: "rename", path: target, code: errno) }
    }
}
