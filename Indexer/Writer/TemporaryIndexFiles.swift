import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files a build writes beside the index before the rename: `<index>.building-<pid>-<random>`.
/// A build that was killed leaves its file behind; the next build removes it once its process is gone.
enum TemporaryIndexFiles {
    static let marker = ".building-"

    static func path(besides target: String) -> String {
        target + marker + "\(getpid())-" + UUID().uuidString.prefix(8).lowercased()
    }

    /// Removes temporary files (and any journal of theirs) left by builds whose process no longer
    /// exists. A file of a running build, in this process or another, is left alone.
    static func removeAbandoned(besides target: String) {
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        let prefix = url.lastPathComponent + marker
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(prefix) {
            let pidText = name.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let pid = pid_t(pidText), pid > 0, kill(pid, 0) == -1, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
    }
}
