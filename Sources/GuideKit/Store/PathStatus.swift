#if canImport(Glibc)
import Glibc
#endif

/// What is at a path, asked with one `stat` (following symbolic links, as FileManager does).
/// FileManager's first use sets up more than a one-shot search does in all its other file checks.
public enum PathStatus {
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
