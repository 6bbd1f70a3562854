import CSQLite

/// The row a statement is on, read column by column straight from SQLite: no `Row` is built, so a
/// hot path pays only for the columns it reads. Valid only during the call it is passed to.
/// Each reader answers as `Row`'s does: nil unless the column holds that type.
public struct Columns: NamedColumns {
    private let handle: OpaquePointer
    /// The statement's `ColumnTrail`, which outlives every call a `Columns` is passed to.
    private let trail: UnsafeMutablePointer<ColumnTrail>

    init(handle: OpaquePointer, trail: UnsafeMutablePointer<ColumnTrail>) {
        self.handle = handle
        self.trail = trail
    }

    public var count: Int32 { sqlite3_column_count(handle) }

    public func int(_ index: Int32) -> Int? {
        sqlite3_column_type(handle, index) == SQLITE_INTEGER ? Int(sqlite3_column_int64(handle, index)) : nil
    }

    public func string(_ index: Int32) -> String? {
        guard sqlite3_column_type(handle, index) == SQLITE_TEXT, let text = sqlite3_column_text(handle, index) else { return nil }
        // By length, not up to the first NUL: a value may hold one (e.g. from json_each).
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, index))), as: UTF8.self)
    }

    /// A blob's bytes, SQLite's own: valid only during the call.
    public func blob(_ index: Int32) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: sqlite3_column_blob(handle, index), count: Int(sqlite3_column_bytes(handle, index)))
    }

    /// A blob's bytes by column name, SQLite's own: valid only during the call. NULL reads as no bytes.
    public func blob(_ name: String) throws -> UnsafeRawBufferPointer {
        blob(try trail.pointee.position(of: name))
    }

    public func value(named name: String) throws -> SQLValue {
        let index = try trail.pointee.position(of: name)
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_NULL: return .null
        case SQLITE_BLOB: return .blob(Array(blob(index)))
        default: return string(index).map(SQLValue.text) ?? .null
        }
    }

    public var sql: String { trail.pointee.sql }

    // Read in place: no `SQLValue` is made for a value read for every search hit.

    public func text(_ name: String) throws -> String {
        guard let text = string(try trail.pointee.position(of: name)) else { throw mismatch(name, expected: "text") }
        return text
    }

    public func optionalText(_ name: String) throws -> String? {
        let index = try trail.pointee.position(of: name)
        if sqlite3_column_type(handle, index) == SQLITE_NULL { return nil }
        guard let text = string(index) else { throw mismatch(name, expected: "text or NULL") }
        return text
    }

    public func int(_ name: String) throws -> Int {
        guard let value = int(try trail.pointee.position(of: name)) else { throw mismatch(name, expected: "an integer") }
        return value
    }

    public func optionalInt(_ name: String) throws -> Int? {
        let index = try trail.pointee.position(of: name)
        if sqlite3_column_type(handle, index) == SQLITE_NULL { return nil }
        guard let value = int(index) else { throw mismatch(name, expected: "an integer or NULL") }
        return value
    }

    /// Every column, kept.
    public var row: Row {
        Row(names: trail.pointee.columnNames(), values: (0..<count).map { index in
            switch sqlite3_column_type(handle, index) {
            case SQLITE_INTEGER: .integer(sqlite3_column_int64(handle, index))
            case SQLITE_FLOAT: .real(sqlite3_column_double(handle, index))
            case SQLITE_NULL: .null
            case SQLITE_BLOB: .blob(Array(blob(index)))
            default: string(index).map(SQLValue.text) ?? .null
            }
        })
    }
}
