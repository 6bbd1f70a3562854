import CSQLite

/// A prepared statement. Finalized when released; not shareable across threads.
public final class Statement {
    let handle: OpaquePointer
    let sql: String
    private unowned let database: Database
    /// How rows are read by column name (`ColumnTrail`); `Columns` reads it through this pointer.
    let trail: UnsafeMutablePointer<ColumnTrail>

    init(database: Database, sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw SQLiteError(code: code, connection: database.handle, sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.database = database
        trail = .allocate(capacity: 1)
        trail.initialize(to: ColumnTrail(handle: handle, sql: sql))
    }

    deinit {
        trail.deinitialize(count: 1)
        trail.deallocate()
        sqlite3_finalize(handle)
    }

    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Binds positional arguments (`?`), replacing earlier bindings.
    public func bind(_ arguments: [any SQLBindable]) throws {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch argument.sqlValue {
            case .null: code = sqlite3_bind_null(handle, index)
            case .integer(let v): code = sqlite3_bind_int64(handle, index, v)
            case .real(let v): code = sqlite3_bind_double(handle, index, v)
            case .text(let v):
                // SQLITE_TRANSIENT: SQLite copies the bytes, since the Swift string is temporary. Its UTF-8
                // storage is passed with its length: no C string is made and SQLite need not count.
                var text = v
                code = text.withUTF8 { bytes in
                    // An empty string may have no storage, and a nil pointer would bind NULL.
                    guard let base = bytes.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, Self.transient) }
                    return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                        sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
                    }
                }
            case .blob(let v):
                code = v.withUnsafeBytes { sqlite3_bind_blob64(handle, index, $0.baseAddress, sqlite3_uint64($0.count), Self.transient) }
            }
            guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: database.handle, sql: sql) }
        }
    }

    /// Runs the statement to completion, ignoring rows.
    public func run(_ arguments: [any SQLBindable] = []) throws {
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    /// All rows, each as column values.
    public func rows(_ arguments: [any SQLBindable] = []) throws -> [Row] {
        var rows: [Row] = []
        try forEachRow(arguments) { rows.append($0.row) }
        return rows
    }

    /// The first row, if any, without stepping further or collecting rows (point look-ups).
    public func firstRow(_ arguments: [any SQLBindable] = []) throws -> Row? {
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        return try step() ? Columns(handle: handle, trail: trail).row : nil
    }

    /// Calls `body` with each row's columns, read on demand (`Columns`).
    public func forEachRow(_ arguments: [any SQLBindable], _ body: (Columns) throws -> Void) throws {
        try bind(arguments)
        // Reset when done, so a cached statement holds no read transaction between uses.
        defer { sqlite3_reset(handle) }
        while try step() { try body(Columns(handle: handle, trail: trail)) }
    }

    /// Advances to the next row; false when done.
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(code: code, connection: database.handle, sql: sql)
        }
    }
}

/// One result row, read by column name (`NamedColumns`) or by position.
public struct Row: Sendable, NamedColumns {
    public var values: [SQLValue]
    let names: ColumnNames

    init(names: ColumnNames, values: [SQLValue]) {
        self.names = names
        self.values = values
    }

    public subscript(index: Int) -> SQLValue { index < values.count ? values[index] : .null }

    public func value(named name: String) throws -> SQLValue { self[Int(try names.position(of: name))] }
    public var sql: String { names.sql }
    public func int(_ index: Int) -> Int? { self[index].int }
    public func string(_ index: Int) -> String? { self[index].string }
    public func double(_ index: Int) -> Double? { self[index].double }
}
