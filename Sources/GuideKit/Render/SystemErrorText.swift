import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a failed system call's `errno` means, in Bokmål: `strerror` speaks the C library's English.
/// The common values have their own sentence; any other is named by its number.
public enum SystemErrorText {
    public static func text(_ code: Int32) -> String {
        switch code {
        case ENOENT: "finnes ikke"
        case EACCES: "ingen tilgang"
        case EPERM: "ikke tillatt"
        case ENOSPC: "ikke mer plass på disken"
        case EROFS: "filsystemet er skrivebeskyttet"
        case EEXIST: "finnes fra før"
        case ENOTDIR: "en del av stien er ikke en mappe"
        case EISDIR: "er en mappe"
        case EMFILE, ENFILE: "for mange åpne filer"
        case EADDRINUSE: "adressen er i bruk"
        case EADDRNOTAVAIL: "adressen finnes ikke på denne maskinen"
        case ECONNREFUSED: "forbindelsen ble avvist"
        case ENOTEMPTY: "mappen er ikke tom"
        case EXDEV: "kan ikke flyttes til et annet filsystem"
        case EFBIG: "filen er for stor"
        case EDQUOT: "kvoten er brukt opp"
        case EIO: "inn/ut-feil"
        case ENAMETOOLONG: "navnet er for langt"
        case ELOOP: "for mange symbolske lenker"
        case ENOMEM: "ikke nok minne"
        case EBUSY: "er i bruk"
        case ETXTBSY: "programfilen er i bruk"
        case ENOEXEC: "ikke et program denne maskinen kan kjøre"
        case EPIPE: "mottakeren har lukket"
        case ETIMEDOUT: "tidsavbrudd"
        case EAFNOSUPPORT: "adressetypen støttes ikke"
        default: "feil nr. \(code)"
        }
    }

    /// A Foundation file error in Bokmål when it carries the system's errno (a write or read that
    /// failed), else Foundation's own text.
    public static func text(for error: Error) -> String {
        let failure = error as NSError
        let underlying = failure.userInfo[NSUnderlyingErrorKey] as? NSError
        if failure.domain == NSPOSIXErrorDomain { return text(Int32(failure.code)) }
        if let underlying, underlying.domain == NSPOSIXErrorDomain { return text(Int32(underlying.code)) }
        return failure.localizedDescription
    }
}
