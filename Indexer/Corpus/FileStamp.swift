#if canImport(Glibc)
import Glibc
#endif

/// What the file system says about a file without reading it: size, modification and change time
/// (ns) and inode. Every write moves the change time (ctime, which no program can set back), so an
/// unchanged stamp means unchanged content — once the stamp is *settled* (see `isSettled`).
struct FileStamp: Equatable {
    let size: Int
    let modified: Int
    let changed: Int
    let inode: UInt64

    /// The stamp of a regular file; nil for a missing file, a symbolic link (its target may change
    /// under it) or anything else, which are then always read and hashed.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileStamp(size: Int(info.st_size), modified: nanoseconds(info.st_mtim), changed: nanoseconds(info.st_ctim),
                         inode: UInt64(info.st_ino))
    }

    /// Whether a write after `now` would surely move the change time: the stamp is older than now by
    /// more than the file system's timestamp granularity. Kernels stamp files from a coarse clock
    /// (a few ms); a file system that keeps whole seconds only (its times end in .000000000) may
    /// round by up to 2 s.
    func isSettled(now: Int) -> Bool {
        let granularity = changed % 1_000_000_000 == 0 ? 2_000_000_000 : 100_000_000
        return changed < now - granularity
    }

    var text: String { "\(size):\(modified):\(changed):\(inode)" }

    /// Whether nothing at all is at the path (not even a broken link).
    static func isMissing(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) != 0 && errno == ENOENT
    }

    /// The wall clock, in ns since 1970, as file times are kept.
    static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return nanoseconds(time)
    }

    private static func nanoseconds(_ time: timespec) -> Int {
        Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}
