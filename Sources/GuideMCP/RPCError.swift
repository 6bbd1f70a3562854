/// A JSON-RPC error answer: the code, a message, and data where the specification defines some.
public struct RPCError: Error, Sendable, Equatable {
    public let code: Int
    public let message: String
    public let data: JSONValue?

    public init(code: Int, message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    static func parse(_ message: String) -> RPCError { RPCError(code: -32700, message: message) }
    static func invalidRequest(_ message: String) -> RPCError { RPCError(code: -32600, message: message) }
    static func methodNotFound(_ method: String) -> RPCError { RPCError(code: -32601, message: "Ukjent metode: \(method)") }
    static func invalidParams(_ message: String) -> RPCError { RPCError(code: -32602, message: message) }
    static func internalError(_ message: String) -> RPCError { RPCError(code: -32603, message: message) }

    /// A resource URI that names nothing in the index (the code the specification gives resources).
    static func resourceNotFound(_ uri: String) -> RPCError {
        RPCError(code: -32002, message: "Fant ingen ressurs med adressen \(uri)", data: ["uri": .string(uri)])
    }

    /// 2026-07-28: the request named a version this server does not speak; `supported` lets the
    /// client pick one and retry.
    static func unsupportedVersion(_ requested: String) -> RPCError {
        RPCError(code: -32022, message: "Protokollversjon \(requested) støttes ikke",
                 data: ["requested": .string(requested), "supported": .array(ProtocolVersions.all.map { .string($0) })])
    }

    var json: JSONValue {
        var error: [String: JSONValue] = ["code": .int(code), "message": .string(message)]
        if let data { error["data"] = data }
        return .object(error)
    }
}
