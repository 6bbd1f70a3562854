import CSQLite

/// One SQLite connection: the only layer that calls `sqlite3_*`. Not `Sendable`: open one per
/// thread or task.
public final class Database {
    public enum Mode: Sendable {
        case readOnly
        case readWrite
        /// Read-write, creating the file if missing.
        case create
        /// Read-only, the file declared unchanging (`immutable=1`, https://sqlite.org/uri.html#uriimmutable):
        /// no lock taken, no journal looked for, nothing created beside it. For a file that may not be ours.
        case immutable
    }

    let handle: OpaquePointer
    public let path: String
    /// Statements by SQL text, prepared once per connection: preparing costs more than a small query.
    private var statements: [String: Statement] = [:]
    private static let maximumCachedStatements = 64

    /// Set before SQLite initializes (its first connection): each cache allocates its pages as it needs them.
    /// By default a connection's first cache sets up 20 pages at once, writing a header into each: 45 page
    /// faults, while a one-shot search, reading through the memory map, needs few (26 fewer faults in all).
    private static let pageCacheOnDemand: Void = { _ = guide_sqlite3_config_page_cache_on_demand() }()

    public init(path: String, mode: Mode) throws {
        _ = Self.pageCacheOnDemand
        var flags: Int32
        switch mode {
        case .readOnly: flags = SQLITE_OPEN_READONLY
        case .readWrite: flags = SQLITE_OPEN_READWRITE
        case .create: flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .immutable: flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        }
        // NOMUTEX: each connection is used by one thread at a time (https://sqlite.org/threadsafe.html).
        flags |= SQLITE_OPEN_NOMUTEX
        var handle: OpaquePointer?
        let name = mode == .immutable ? Self.immutableURI(path) : path
        let code = sqlite3_open_v2(name, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = SQLiteError(code: code, connection: handle)
            sqlite3_close_v2(handle)
            throw error
        }
        self.handle = handle
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        // Wait for a concurrent writer instead of failing at once.
        sqlite3_busy_timeout(handle, 5_000)
    }

    /// `file:<path>?immutable=1`, the path's bytes other than unreserved ones percent-encoded
    /// (https://sqlite.org/uri.html: "?", "#" and "%" would otherwise end or escape the path).
    private static func immutableURI(_ path: String) -> String {
        var uri = "file:"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                uri.unicodeScalars.append(contentsOf: ["%", hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        return uri + "?immutable=1"
    }

    deinit {
        statements.removeAll()
        // close_v2 defers the close until every statement is finalized.
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements without arguments.
    public func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &error)
        if code != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(error)
            var failure = SQLiteError(code: code, message: message, sql: sql)
            failure.systemErrno = sqlite3_system_errno(handle)
            throw failure
        }
    }

    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// Runs one statement with arguments, ignoring rows.
    public func run(_ sql: String, _ arguments: [any SQLBindable] = []) throws {
        try cachedStatement(sql).run(arguments)
    }

    public func rows(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> [Row] {
        try cachedStatement(sql).rows(arguments)
    }

    /// The prepared statement for `sql`, from the cache when it was prepared before. The cache is
    /// emptied when full, so SQL built with a varying number of placeholders cannot grow it unbounded.
    func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statements[sql] { return statement }
        let statement = try prepare(sql)
        if statements.count >= Self.maximumCachedStatements { statements.removeAll() }
        statements[sql] = statement
        return statement
    }

    public func firstRow(_ sql: String, _ arguments: [any SQLBindable] = []) throws -> Row? {
        try cachedStatement(sql).firstRow(arguments)
    }

    /// Calls `body` with each row's columns, read on demand (`Columns`): for hot paths and large
    /// values (posting lists), which are then read in place, not copied.
    public func forEachRow(_ sql: String, _ arguments: [any SQLBindable] = [], _ body: (Columns) throws -> Void) throws {
        try cachedStatement(sql).forEachRow(arguments, body)
    }

    public var lastInsertedRowID: Int { Int(sqlite3_last_insert_rowid(handle)) }

    /// Runs `body` in a transaction, rolled back if it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// `PRAGMA user_version`: the schema version stored in the file header.
    public var userVersion: Int {
        get throws { try firstRow("PRAGMA user_version")?.int(0) ?? 0 }
    }

    /// The size of the open main database file, asked of the file SQLite holds open (not of the
    /// path, which a rebuild may have renamed another file onto since).
    public func openFileSize() throws -> Int {
        var file: UnsafeMutablePointer<sqlite3_file>?
        // https://sqlite.org/c3ref/c_fcntl_begin_atomic_write.html#sqlitefcntlfilepointer
        let code = sqlite3_file_control(handle, "main", SQLITE_FCNTL_FILE_POINTER, &file)
        guard code == SQLITE_OK, let file, let methods = file.pointee.pMethods, let size = methods.pointee.xFileSize else {
            throw SQLiteError(code: code == SQLITE_OK ? SQLITE_ERROR : code, connection: handle)
        }
        var bytes: sqlite3_int64 = 0
        let sizeCode = size(file, &bytes)
        guard sizeCode == SQLITE_OK else { throw SQLiteError(code: sizeCode, connection: handle) }
        return Int(bytes)
    }

    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }
}
