import CSQLite

/// How a statement's rows are read by column name: every row of a statement is read by the same
/// code in the same order, so the names read are kept in that order with their positions, and a
/// name is then found by one comparison with the one expected next instead of by hashing it (a
/// search hit reads some 40 values by name). The statement owns it in memory of its own, so that
/// reading a value touches no class: no retain and no exclusivity check per value.
struct ColumnTrail {
    let sql: String
    private let handle: OpaquePointer
    /// The result columns' names, looked up once per prepared statement (when a row is first read by name).
    private var names: ColumnNames?
    private var trail: [(name: String, position: Int32)] = []
    private var cursor = 0

    init(handle: OpaquePointer, sql: String) {
        self.handle = handle
        self.sql = sql
    }

    mutating func columnNames() -> ColumnNames {
        if let names { return names }
        let made = ColumnNames(handle: handle, sql: sql)
        names = made
        return made
    }

    /// The position of a result column by name, for reading the current row.
    mutating func position(of name: String) throws -> Int32 {
        if cursor < trail.count, trail[cursor].name == name {
            cursor += 1
            return trail[cursor - 1].position
        }
        if let first = trail.first, first.name == name {  // the next row, read in the same order
            cursor = 1
            return first.position
        }
        let position = try columnNames().position(of: name)
        if cursor == trail.count {
            trail.append((name, position))
            cursor += 1
        }
        return position
    }
}
