import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// One file `guide install` or `guide add` puts in place: what is at its target now, and the write
/// itself, aside and renamed over the target, so that a reader (or a running guide) sees the old
/// file or the new one, never half of one.
enum InstallFile {
    /// What is at the target, next to the bytes that would be written there.
    enum State: Equatable {
        case missing
        /// The same bytes: nothing to write.
        case identical
        /// A file guide wrote there earlier (`InstallManifest`) and nobody changed: may be replaced.
        case ours
        /// Anything else, a folder included: never replaced.
        case foreign
    }

    static func state(of target: String, comparedWith contents: Data, manifest: InstallManifest?) -> State {
        var info = stat()
        guard lstat(target, &info) == 0 else { return .missing }
        guard info.st_mode & S_IFMT == S_IFREG, let existing = FileManager.default.contents(atPath: target) else { return .foreign }
        if existing == contents { return .identical }
        return manifest?.isOurs(target, contents: existing) == true ? .ours : .foreign
    }

    /// Writes `contents` to `<target>.installing-<pid>` in the target's folder (made when missing), with
    /// `mode`, then renames it over the target.
    static func write(_ contents: Data, to target: String, mode: mode_t) throws {
        let folder = (target as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let aside = "\(target).installing-\(getpid())"
        guard FileManager.default.createFile(atPath: aside, contents: contents, attributes: [.posixPermissions: Int(mode)]) else {
            throw Failure(path: aside, reason: SystemErrorText.text(errno))
        }
        // createFile's permissions are masked by the umask; the program must be executable whatever it is.
        chmod(aside, mode)
        guard rename(aside, target) == 0 else {
            let reason = SystemErrorText.text(errno)
            unlink(aside)
            throw Failure(path: target, reason: reason)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "kunne ikke skrive \(path) (\(reason))" }
    }
}
