import CSQLite

/// The row a statement is on, read column by column straight from SQLite: no `Row` is built, so a
/// hot path pays only for the columns it reads. Valid only during the call it is passed to.
/// Each reader answers as `Row`'s does: nil unless the column holds that type.
public struct Columns {
    let handle: OpaquePointer

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

    /// Every column, kept.
    public var row: Row {
        Row(values: (0..<count).map { index in
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
