#if canImport(Glibc)
import Glibc
#endif

/// The running `guide` executable, from /proc/self/exe (symbolic links resolved): what `guide
/// install` copies, and the folder the corpus of a `--prefix` install is found beside.
enum RunningProgram {
    static let path: String? = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    static let directory: String? = path.flatMap { path in
        path.lastIndex(of: "/").map { String(path[..<$0]) }
    }
}
