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
        "kan ikke bygge indeksen \(indexPath): \(reason); den forrige indeksen, om det finnes en, er uendret"
    }

    /// The cause a user can act on: a full disk or a size limit, a read-only or missing directory.
    var reason: String {
        let code: Int32
        switch underlying {
        case let error as SQLiteError:
            code = error.systemErrno
            // SQLite does not always keep the errno (https://sqlite.org/c3ref/system_errno.html).
            if code == 0 && error.isDiskFull { return "disken er full (\(error.message))" }
            if code == 0 && error.isWriteFailure {
                return "skrivingen feilet (\(error.message)): er disken full, eller er det satt en grense for filstørrelse (se 'ulimit -f')?"
            }
            if code == 0 { return error.message }
        case let error as AtomicFile.Failure:
            code = error.code
        case let error as CocoaError:
            return SystemErrorText.text(for: error)
        default:
            return "\(underlying)"
        }
        switch code {
        case ENOSPC, EDQUOT: return "disken er full (\(SystemErrorText.text(code)))"
        case EFBIG: return "grensen for filstørrelse er nådd (\(SystemErrorText.text(code)); se 'ulimit -f')"
        case EACCES, EPERM, EROFS: return "mappen kan ikke skrives til (\(SystemErrorText.text(code)))"
        default: return SystemErrorText.text(code)
        }
    }
}
