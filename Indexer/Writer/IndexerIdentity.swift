import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which build of the program wrote an index: its executable's size and modification time. An index
/// written by another build is rebuilt, so reader improvements reach an index whose corpus did not
/// change.
public enum IndexerIdentity {
    public static let current: String = {
        // One stat through /proc/self/exe (the link to the running executable, symlinks resolved)
        // instead of Bundle and FileManager, which every command would pay for at start.
        var info = stat()
        if stat("/proc/self/exe", &info) == 0 {
            return "\(info.st_size)-\(info.st_mtim.tv_sec)"
        }
        guard let path = Bundle.main.executableURL?.resolvingSymlinksInPath().path,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return "unknown" }
        return "\(size.intValue)-\(Int(modified.timeIntervalSince1970))"
    }()
}
