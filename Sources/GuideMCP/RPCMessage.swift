/// One incoming message, read from a line: a request (with an id, answered) or a notification
/// (without, never answered).
struct RPCMessage: Sendable {
    let id: JSONValue?
    let method: String
    let params: [String: JSONValue]

    var isNotification: Bool { id == nil }

    /// The request's `_meta` (per request in 2026-07-28; a progress token before).
    var meta: [String: JSONValue] { params["_meta"]?.object ?? [:] }

    static let protocolVersionKey = "io.modelcontextprotocol/protocolVersion"
    static let clientCapabilitiesKey = "io.modelcontextprotocol/clientCapabilities"

    /// The revision a stateless request declares; nil for a handshake-era request.
    var declaredVersion: JSONValue? { meta[Self.protocolVersionKey] }

    /// What a line holds: a message, or the error to answer (with the id when one could be read).
    static func read(_ bytes: [UInt8], limits: MessageLimits) -> Result<RPCMessage, Failure> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes, maxDepth: limits.maxDepth)
        } catch .tooDeep {
            return .failure(Failure(id: .null, error: .invalidRequest("Meldingen er nøstet dypere enn \(limits.maxDepth) nivåer")))
        } catch {
            return .failure(Failure(id: .null, error: .parse("Ugyldig JSON")))
        }
        guard case .object(let members) = value else {
            // Batches were removed from the protocol in 2025-06-18; a bare value is no message either.
            return .failure(Failure(id: .null, error: .invalidRequest("En melding må være ett JSON-objekt")))
        }
        let id = members["id"]
        switch id {
        case nil, .string?, .int?: break
        default: return .failure(Failure(id: .null, error: .invalidRequest("id må være en streng eller et heltall")))
        }
        guard members["jsonrpc"] == "2.0" else {
            return .failure(Failure(id: id ?? .null, error: .invalidRequest("jsonrpc må være \"2.0\"")))
        }
        guard let method = members["method"]?.string else {
            // A response (this server sends no requests) is never answered; anything else is no message.
            if members["result"] != nil || members["error"] != nil { return .failure(Failure(id: nil, error: .invalidRequest(""))) }
            return .failure(Failure(id: id ?? .null, error: .invalidRequest("Meldingen mangler method")))
        }
        let params: [String: JSONValue]
        switch members["params"] {
        case nil, .null?: params = [:]
        case .object(let object)?: params = object
        default: return .failure(Failure(id: id, error: .invalidParams("params må være et objekt")))
        }
        return .success(RPCMessage(id: id, method: method, params: params))
    }

    /// An error to answer with, under `id`; nil for a notification or response, which get no answer.
    struct Failure: Error {
        let id: JSONValue?
        let error: RPCError
    }
}
