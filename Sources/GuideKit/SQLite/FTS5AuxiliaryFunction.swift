import CSQLite

/// A function FTS5 calls once per matching row, with access to where the query's phrases occur
/// in it (https://sqlite.org/fts5.html#custom_auxiliary_functions). Used as `name(table)` in a
/// query with MATCH; its value may order the rows.
public protocol FTS5AuxiliaryFunction: AnyObject {
    func value(for row: FTS5Row) -> Double
}

/// The current row of an FTS5 query, as an auxiliary function sees it.
public struct FTS5Row {
    let api: UnsafePointer<Fts5ExtensionApi>
    let context: OpaquePointer

    /// Phrases of the MATCH expression, numbered in the order they are written.
    public var phraseCount: Int { Int(api.pointee.xPhraseCount(context)) }

    /// Every occurrence of a phrase in this row: its phrase number and column.
    public func forEachInstance(_ body: (_ phrase: Int, _ column: Int) -> Void) {
        var count: Int32 = 0
        guard api.pointee.xInstCount(context, &count) == SQLITE_OK else { return }
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        for i in 0..<count where api.pointee.xInst(context, i, &phrase, &column, &offset) == SQLITE_OK {
            body(Int(phrase), Int(column))
        }
    }

    /// Tokens in this row, all columns.
    public var tokenCount: Int {
        var n: Int32 = 0
        return api.pointee.xColumnSize(context, -1, &n) == SQLITE_OK ? Int(n) : 0
    }

    /// Rows in the table.
    public var rowCount: Int {
        var n: Int64 = 0
        return api.pointee.xRowCount(context, &n) == SQLITE_OK ? Int(n) : 0
    }

    /// Tokens in the whole table, all columns.
    public var totalTokenCount: Int {
        var n: Int64 = 0
        return api.pointee.xColumnTotalSize(context, -1, &n) == SQLITE_OK ? Int(n) : 0
    }

    /// Rows of the table holding `phrase` (a scan of its index entries, as bm25() makes once per query).
    public func rowsHolding(phrase: Int) -> Int {
        var count = 0
        _ = api.pointee.xQueryPhrase(context, Int32(phrase), &count) { _, _, user in
            user?.assumingMemoryBound(to: Int.self).pointee += 1
            return SQLITE_OK
        }
        return count
    }

    /// State kept for the rest of this query (cleared by FTS5 when the query ends).
    public var queryState: AnyObject? {
        guard let pointer = api.pointee.xGetAuxdata(context, 0) else { return nil }
        return Unmanaged<AnyObject>.fromOpaque(pointer).takeUnretainedValue()
    }

    public func setQueryState(_ state: AnyObject) {
        let pointer = Unmanaged<AnyObject>.passRetained(state).toOpaque()
        if api.pointee.xSetAuxdata(context, pointer, { pointer in
            if let pointer { Unmanaged<AnyObject>.fromOpaque(pointer).release() }
        }) != SQLITE_OK {
            // On failure FTS5 has already called the destructor.
            return
        }
    }
}

/// Keeps the Swift function alive for as long as SQLite holds it.
private final class AuxiliaryBox {
    let function: any FTS5AuxiliaryFunction
    init(_ function: any FTS5AuxiliaryFunction) { self.function = function }
}

extension Database {
    /// Registers `function` under `name` on this connection.
    public func register(auxiliaryFunction function: any FTS5AuxiliaryFunction, named name: String) throws {
        let api = try fts5API()
        let box = Unmanaged.passRetained(AuxiliaryBox(function)).toOpaque()
        let code = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), name, box, { extensionAPI, context, result, _, _ in
            guard let extensionAPI, let context, let user = extensionAPI.pointee.xUserData(context) else { return }
            let function = Unmanaged<AuxiliaryBox>.fromOpaque(user).takeUnretainedValue().function
            sqlite3_result_double(result, function.value(for: FTS5Row(api: extensionAPI, context: context)))
        }, { user in
            if let user { Unmanaged<AuxiliaryBox>.fromOpaque(user).release() }
        })
        guard code == SQLITE_OK else {
            Unmanaged<AuxiliaryBox>.fromOpaque(box).release()
            throw SQLiteError(code: code, connection: handle)
        }
    }
}
