import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// Reads one corpus file defensively: only regular files inside the corpus, at most
/// `maximumBytes`, never blocking on a FIFO or following a link out of the corpus. Every refusal
/// is a reason a user can act on.
enum CorpusFileReader {
    /// The largest guideline file read: a whole guideline saved as text is well under 2 MB, so
    /// 16 MB is room to grow while keeping a build's memory bounded.
    static let maximumBytes = 16 * 1_048_576

    enum Refusal: Error, Equatable {
        case missing
        case refused(String)
    }

    /// The bytes of a corpus file read with the checks of `read`, or of a built-in resource (outside
    /// the corpus) read as it is; nil when they cannot be read.
    static func contents(_ path: String, inCorpus: Bool, corpus: String) -> Data? {
        inCorpus ? try? read(path, corpus: corpus).get() : try? Data(contentsOf: URL(fileURLWithPath: path))
    }

    /// The file's bytes, or why it was not read. `corpus` is the corpus directory (already resolved).
    /// Paths, not URLs: a staleness check looks for files through here before every search.
    static func read(_ path: String, corpus: String) -> Result<Data, Refusal> {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            return .failure(errno == ENOENT ? .missing : .refused("kan ikke lese filen (\(SystemErrorText.text(errno))); hoppet over"))
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = resolvedPath(path) else {
                return .failure(.refused(errno == ELOOP ? "symbolsk lenke i løkke; hoppet over"
                                                        : "symbolsk lenke til en fil som ikke finnes; hoppet over"))
            }
            guard let root = resolvedPath(corpus), target.hasPrefix(root + "/") else {
                return .failure(.refused("symbolsk lenke som peker ut av korpuset (\(target)); hoppet over"))
            }
        }
        // O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat below refuses it anyway.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ENOENT: return .failure(.refused("filen forsvant før den kunne leses; hoppet over"))
            case EACCES: return .failure(.refused("kan ikke lese filen (ingen tilgang); hoppet over"))
            default: return .failure(.refused("kan ikke lese filen (\(SystemErrorText.text(errno))); hoppet over"))
            }
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return .failure(.refused("ikke en vanlig fil; hoppet over"))
        }
        guard Int(info.st_size) <= maximumBytes else {
            return .failure(.refused(String(format: "filen er %.1f MB, mer enn de %d MB en retningslinjefil kan ha; hoppet over",
                                            Double(info.st_size) / 1_048_576, maximumBytes / 1_048_576)))
        }
        return readAll(fd, limit: maximumBytes)
    }

    /// Reads to the end, refusing a file that grows past the limit while it is read.
    private static func readAll(_ fd: Int32, limit: Int) -> Result<Data, Refusal> {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return .success(data) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.refused("kan ikke lese filen (\(SystemErrorText.text(errno))); hoppet over"))
            }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit {
                return .failure(.refused("filen vokste forbi \(limit / 1_048_576) MB mens den ble lest; hoppet over"))
            }
        }
    }

    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
