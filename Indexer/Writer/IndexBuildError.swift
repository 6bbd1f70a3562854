import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// A build that could not finish: what went wrong, in words, and that the previous index (if any)
/// is unchanged, since the build only ever wrote a temporary file beside it.
public struct IndexBuildError: Error, CustomStringConvertible {
    public let indexPath: String
    public let underlying: any Error

    public var description: String {
        "cannot build the index \(indexPath): \(reason); the previous index, if any, is unchanged"
    }

    /// The cause a user can act on: a full disk or a size limit, a read-only or missing directory.
    var reason: String {
        let code: Int32
        switch underlying {
        case let error as SQLiteError:
            code = error.systemErrno
            // SQLite does not always keep the errno (https://sqlite.org/c3ref/system_errno.html).
            if code == 0 && error.isDiskFull { return "the disk is full (\(error.message))" }
            if code == 0 && error.isWriteFailure {
                return "writing failed (\(error.message)): is the disk full, or a file size limit set (see 'ulimit -f')?"
            }
            if code == 0 { return error.message }
        case let error as AtomicFile.Failure:
            code = error.code
        case let error as CocoaError:
            return error.localizedDescription
        default:
            return "\(underlying)"
        }
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full (\(String(cString: strerror(code))))"
        case EFBIG: return "the file size limit was reached (\(String(cString: strerror(code))); see 'ulimit -f')"
        case EACCES, EPERM, EROFS: return "the directory cannot be written (\(String(cString: strerror(code))))"
        default: return String(cString: strerror(code))
        }
    }
}
