#if canImport(Glibc)
import Glibc
#endif

/// What is at an index path, told without writing anything: nothing, an empty file, guide's own
/// index (whole or damaged past its header), or something else. Which of these a build may replace
/// is `IndexTarget`'s rule, in the indexer; this type only recognizes. The file is read with a plain
/// `read` of its header, and only an index written before `IndexSchema.applicationID` existed is
/// opened with SQLite, read-only and immutable, so nothing is ever created beside it.
public enum IndexFileKind: Equatable, Sendable, CustomStringConvertible {
    /// No file (and no symbolic link) at the path.
    case nothing
    /// A regular file of zero bytes: holds nothing, as `touch` leaves it.
    case empty
    /// guide's index, of any schema version, perhaps damaged past its header.
    case index
    /// A SQLite database that is not guide's index.
    case otherDatabase
    /// A regular file that does not start with a SQLite header: text, random bytes, a header cut short.
    case notSQLite
    /// A regular file guide may not read (its mode), so cannot tell whose it is.
    case unreadable
    case directory
    /// A FIFO, socket or device.
    case special
    /// A symbolic link whose target does not exist.
    case danglingLink

    /// The kind of whatever is at `path`, following symbolic links.
    public static func of(_ path: String) -> IndexFileKind {
        var info = stat()
        guard stat(path, &info) == 0 else {
            // ENOTDIR (a file where a folder of the path should be) is left to the build, which says so.
            let missing = errno == ENOENT || errno == ENOTDIR
            var link = stat()
            guard lstat(path, &link) == 0 else { return missing ? .nothing : .unreadable }
            return missing ? .danglingLink : .unreadable
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .directory
        default: return .special
        }
        if info.st_size == 0 { return .empty }
        // Non-blocking, so a file swapped for a FIFO since the `stat` cannot hang the read.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .unreadable }
        defer { close(fd) }
        guard let header = header(of: fd), header.starts(with: sqliteMagic) else { return .notSQLite }
        if bigEndian(header, at: IndexSchema.applicationIDOffset) == IndexSchema.applicationID { return .index }
        // Indexes written before the application id existed carry 0 there; they are recognized by their
        // tables instead, so a user's index of an older version is rebuilt rather than refused. Ours never use
        // WAL (header bytes 18–19 are 2 in WAL mode), which SQLite cannot read without creating files beside it.
        guard bigEndian(header, at: IndexSchema.applicationIDOffset) == 0, header[18] == 1, header[19] == 1 else {
            return .otherDatabase
        }
        return hasIndexTables(path) ? .index : .otherDatabase
    }

    /// Whether a symbolic link is at `path` (not followed): messages say so, since its target is what is meant.
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The kind in words, for "… is <description>".
    public var description: String {
        switch self {
        case .nothing: "ingenting"
        case .empty: "en tom fil"
        case .index: "en indeks for guide"
        case .otherDatabase: "en SQLite-database for et annet program"
        case .notSQLite: "en fil som ikke er en SQLite-database"
        case .unreadable: "en fil guide ikke får lese"
        case .directory: "en mappe"
        case .special: "en FIFO, socket eller enhet"
        case .danglingLink: "en symbolsk lenke til ingenting"
        }
    }

    /// The kind in the English words of `guide check --json`, a stable contract.
    public var englishDescription: String {
        switch self {
        case .nothing: "missing"
        case .empty: "an empty file"
        case .index: "an index of guide"
        case .otherDatabase: "a SQLite database of another program"
        case .notSQLite: "a file that is not a SQLite database"
        case .unreadable: "a file guide may not read"
        case .directory: "a directory"
        case .special: "a FIFO, socket or device"
        case .danglingLink: "a symbolic link to nothing"
        }
    }

    // MARK: - The header

    /// "SQLite format 3\0", the first 16 bytes of every database file.
    private static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)
    /// The database header's size: everything read here is in it.
    private static let headerSize = 100

    /// The first 100 bytes, or nil when the file is shorter or cannot be read.
    private static func header(of fd: Int32) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: headerSize)
        var filled = 0
        while filled < headerSize {
            let count = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(fd, $0 + filled, headerSize - filled) } ?? -1
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            filled += count
        }
        return bytes
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Whether the database holds the tables every index of guide has had: `meta` and `passages_fts`.
    private static func hasIndexTables(_ path: String) -> Bool {
        guard let database = try? Database(path: path, mode: .immutable),
              let row = try? database.firstRow("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'passages_fts')")
        else { return false }
        return row.int(0) == 2
    }
}
