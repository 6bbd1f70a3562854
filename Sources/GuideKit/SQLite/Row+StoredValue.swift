/// Reading back a column that holds an enum's raw value. A value the enum does not know (or NULL
/// where one is required) means the index was written by another version of the model: that is an
/// error to report, never a default to slip in silently.
extension Row {
    /// The column as `Value`; throws when it is NULL or not one of `Value`'s raw values.
    public func value<Value: RawRepresentable>(_ type: Value.Type, _ index: Int) throws(StoredValueError) -> Value
    where Value.RawValue == String {
        guard let value = try optionalValue(type, index) else { throw StoredValueError(type: "\(Value.self)", value: nil) }
        return value
    }

    /// The column as `Value`, nil when it is NULL; throws when it holds something `Value` does not know.
    public func optionalValue<Value: RawRepresentable>(_ type: Value.Type, _ index: Int) throws(StoredValueError) -> Value?
    where Value.RawValue == String {
        guard let raw = string(index) else { return nil }
        guard let value = Value(rawValue: raw) else { throw StoredValueError(type: "\(Value.self)", value: raw) }
        return value
    }
}

/// A stored column that does not hold a value of the type it should.
public struct StoredValueError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The Swift type expected ("SectionKind").
    public var type: String
    /// What the column held; nil for NULL.
    public var value: String?

    public var description: String {
        "the index holds " + (value.map { "«\($0)»" } ?? "NULL") + " where a \(type) is expected; run 'guide index' to rebuild it"
    }
}
