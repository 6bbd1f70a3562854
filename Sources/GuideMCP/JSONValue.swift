import Foundation
import GuideKit

/// A JSON value as a message carries it: what a request's params hold and what a result is built of.
/// Integers stay integers, so a request id of 7 is answered as 7, not 7.0. `raw` is JSON already
/// encoded (a result value by `JSONEncoder`), written as it is rather than decoded and encoded again.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    case raw(String)

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var object: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}

/// Result values in the wire form: `JSONRenderer`'s settings (sorted keys, slashes and non-ASCII as
/// they are) but for pretty-printing, since a message is one line.
enum WireJSON {
    /// A result value (the CLI's `--json` shape), encoded once, to embed in a message.
    static func value<T: Encodable>(of result: T) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return .raw(String(decoding: try encoder.encode(result), as: UTF8.self))
    }
}
