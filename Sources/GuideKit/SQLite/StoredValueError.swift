/// A stored column that does not hold a value of the enum it should (`NamedColumns.value`): the
/// index was written by another version of the model, an error to report, never a default to slip in.
public struct StoredValueError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The Swift type expected ("SectionKind").
    public var type: String
    /// What the column held; nil for NULL.
    public var value: String?

    public var description: String {
        "the index holds " + (value.map { "«\($0)»" } ?? "NULL") + " where a \(type) is expected; run 'guide index' to rebuild it"
    }
}
