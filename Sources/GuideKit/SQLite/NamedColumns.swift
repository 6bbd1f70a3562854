import CSQLite

/// A statement's result column names in order, looked up once per prepared statement. A name is
/// found by comparing it with each: a result has a few dozen columns at most, and a row read in a
/// loop is read through the statement's `ColumnTrail`, so this is asked once per name; building a
/// dictionary (hashing every name) cost more than the comparisons it saved.
public final class ColumnNames: @unchecked Sendable {
    // Immutable after init: shared by every `Row` the statement makes.
    let sql: String
    /// Nil where SQLite gives no name.
    private let names: [String?]

    init(handle: OpaquePointer, sql: String) {
        self.sql = sql
        // https://sqlite.org/c3ref/column_name.html: the AS name when there is one.
        names = (0..<sqlite3_column_count(handle)).map { sqlite3_column_name(handle, $0).map { String(cString: $0) } }
    }

    func position(of name: String) throws(SQLiteError) -> Int32 {
        // The first column of that name, when a result repeats one.
        guard let position = names.firstIndex(of: name) else {
            throw SQLiteError(code: SQLITE_ERROR, message: "no column '\(name)' in the result", sql: sql)
        }
        return Int32(position)
    }
}

/// Reading a row's columns by name, NULL handled explicitly: a required value that is NULL or of
/// another type is an error (the index is damaged or of another schema), never a silent default.
public protocol NamedColumns {
    /// The value of the named column; throws when the result has no such column.
    func value(named name: String) throws -> SQLValue
    /// The statement, for errors.
    var sql: String { get }
    // Requirements with defaults below, so a reader of the current row (`Columns`) reads them in place.
    func text(_ name: String) throws -> String
    func optionalText(_ name: String) throws -> String?
    func int(_ name: String) throws -> Int
    func optionalInt(_ name: String) throws -> Int?
}

extension NamedColumns {
    public func text(_ name: String) throws -> String {
        guard case .text(let value) = try value(named: name) else { throw mismatch(name, expected: "text") }
        return value
    }

    /// Text, or nil for NULL.
    public func optionalText(_ name: String) throws -> String? {
        switch try value(named: name) {
        case .null: return nil
        case .text(let value): return value
        default: throw mismatch(name, expected: "text or NULL")
        }
    }

    public func int(_ name: String) throws -> Int {
        guard case .integer(let value) = try value(named: name) else { throw mismatch(name, expected: "an integer") }
        return Int(value)
    }

    /// An integer, or nil for NULL.
    public func optionalInt(_ name: String) throws -> Int? {
        switch try value(named: name) {
        case .null: return nil
        case .integer(let value): return Int(value)
        default: throw mismatch(name, expected: "an integer or NULL")
        }
    }

    /// 0 or 1 as false or true.
    public func bool(_ name: String) throws -> Bool {
        switch try int(name) {
        case 0: return false
        case 1: return true
        default: throw mismatch(name, expected: "0 or 1")
        }
    }

    /// A value stored as an enum's raw text; NULL or a value the enum does not know throws `StoredValueError`.
    public func value<Value: RawRepresentable>(_ name: String, as type: Value.Type = Value.self) throws -> Value
    where Value.RawValue == String {
        guard let value = try optionalValue(name, as: type) else { throw StoredValueError(type: "\(Value.self)", value: nil) }
        return value
    }

    /// An enum's raw text, or nil for NULL; a value the enum does not know throws `StoredValueError`.
    public func optionalValue<Value: RawRepresentable>(_ name: String, as type: Value.Type = Value.self) throws -> Value?
    where Value.RawValue == String {
        guard let raw = try optionalText(name) else { return nil }
        guard let value = Value(rawValue: raw) else { throw StoredValueError(type: "\(Value.self)", value: raw) }
        return value
    }

    func mismatch(_ name: String, expected: String) -> SQLiteError {
        // SQLITE_MISMATCH: the stored value is not what the schema promises.
        SQLiteError(code: SQLITE_MISMATCH, message: "column '\(name)' is not \(expected)", sql: sql)
    }
}
