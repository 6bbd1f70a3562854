import Foundation

/// A tool call's arguments, read against the tool's input schema. A wrong argument is the model's to
/// correct, so it becomes a tool result with `isError` and a Norwegian message, not a protocol error.
struct ToolArguments {
    static let maxLimit = 50

    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    private let values: [String: JSONValue]

    init(_ value: JSONValue?, allowed: Set<String>) throws {
        switch value {
        case nil, .null?: values = [:]
        case .object(let object)?: values = object
        default: throw Invalid(description: "arguments må være et objekt")
        }
        if let unknown = values.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw Invalid(description: "Ukjent argument «\(unknown)»; verktøyet tar \(allowed.sorted().joined(separator: ", "))")
        }
    }

    /// A string argument with text in it; nil when left out (an error when required).
    func text(_ name: String, required: Bool = false) throws -> String? {
        switch values[name] {
        case nil, .null?:
            if required { throw Invalid(description: "Argumentet «\(name)» mangler") }
            return nil
        case .string(let value)?:
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                if required { throw Invalid(description: "Argumentet «\(name)» er tomt") }
                return nil
            }
            return trimmed
        default:
            throw Invalid(description: "Argumentet «\(name)» må være tekst")
        }
    }

    func limit(_ name: String = "limit") throws -> Int {
        switch values[name] {
        case nil, .null?: return 10
        case .int(let value)? where (1...Self.maxLimit).contains(value): return value
        case .double(let value)? where value.rounded() == value && (1...Double(Self.maxLimit)).contains(value): return Int(value)
        default: throw Invalid(description: "Argumentet «\(name)» må være et heltall fra 1 til \(Self.maxLimit)")
        }
    }

    func flag(_ name: String) throws -> Bool {
        switch values[name] {
        case nil, .null?: return false
        case .bool(let value)?: return value
        default: throw Invalid(description: "Argumentet «\(name)» må være true eller false")
        }
    }
}
