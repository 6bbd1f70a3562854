import CSQLite

/// An SQLite failure with its context. Bound arguments are never included: they may be a
/// clinical query describing a patient.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The primary or extended result code (https://sqlite.org/rescode.html).
    public var code: Int32
    public var message: String
    public var sql: String?
    /// The operating system's errno behind an I/O error (EFBIG, ENOSPC, EACCES …), 0 if none.
    public var systemErrno: Int32 = 0

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    init(code: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: code, message: message, sql: sql)
        // https://sqlite.org/c3ref/system_errno.html: the errno of the last failed VFS call.
        systemErrno = connection.map { sqlite3_system_errno($0) } ?? 0
    }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " (in: \(sql.prefix(200)))" }
        return text
    }

    /// SQLITE_FULL: the disk (or the database's size limit) is full.
    public var isDiskFull: Bool { code & 0xff == SQLITE_FULL }

    /// SQLITE_IOERR_WRITE: a write to the file failed (for example past `ulimit -f`, errno EFBIG).
    public var isWriteFailure: Bool { code == SQLITE_IOERR | (3 << 8) }

    /// True when the file is not a database or is damaged.
    public var isCorruption: Bool {
        let primary = code & 0xff
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB
    }
}
