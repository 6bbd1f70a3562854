import Foundation
import GuideIndexer
import GuideKit

/// The protocol layer: a message in, the answer out (nil for a notification). A request that declares
/// a revision in its `_meta` is served statelessly under it (2026-07-28: nothing is taken from earlier
/// requests); one that does not is a handshake-era request, under the revision `initialize` agreed
/// (the newest handshake revision before any `initialize`). Owned by one thread, as its index is.
public final class MCPServer {
    enum Era {
        case modern(String)
        case handshake(String)
    }

    private let serverVersion: String
    private let tools: ToolCalls
    private let resources: Resources
    /// What the last `initialize` agreed; read only for requests without a declared revision.
    private var handshakeVersion: String?

    /// Cache hint for lists and reads: the index may be rebuilt under a running server, so a client
    /// keeps an answer no longer than a minute.
    static let ttlMs = 60_000

    public init(knowledgeBase: KnowledgeBase, index: IndexStore, version: String, pageSize: Int = 100) {
        let live = FollowedIndex(path: knowledgeBase.location.indexPath, store: index)
        serverVersion = version
        tools = ToolCalls(index: live, knowledgeBase: knowledgeBase)
        resources = Resources(index: live, pageSize: pageSize)
    }

    /// The whole response message for a request; nil for a notification.
    func respond(to message: RPCMessage) -> JSONValue? {
        guard let id = message.id else { return nil }
        do {
            return ["jsonrpc": "2.0", "id": id, "result": .object(try result(for: message))]
        } catch {
            return Self.errorResponse(id: id, error: error)
        }
    }

    static func errorResponse(id: JSONValue, error: RPCError) -> JSONValue {
        ["jsonrpc": "2.0", "id": id, "error": error.json]
    }

    private func result(for message: RPCMessage) throws(RPCError) -> [String: JSONValue] {
        let era = try era(of: message)
        var result: [String: JSONValue]
        var cacheable = true
        switch (message.method, era) {
        case ("server/discover", _):
            result = ["supportedVersions": .array(ProtocolVersions.modern.map { .string($0) }),
                      "capabilities": ServerIdentity.capabilities, "instructions": .string(ServerIdentity.instructions)]
        case ("initialize", .handshake):
            let agreed = ProtocolVersions.negotiated(message.params["protocolVersion"]?.string)
            handshakeVersion = agreed
            result = ["protocolVersion": .string(agreed), "capabilities": ServerIdentity.capabilities,
                      "serverInfo": ServerIdentity.info(version: serverVersion), "instructions": .string(ServerIdentity.instructions)]
            cacheable = false
        case ("ping", .handshake):
            result = [:]
            cacheable = false
        case ("tools/list", let era):
            result = ["tools": .array(ToolCatalogue.all.map { $0.definition(structured: Self.structured(era)) })]
        case ("tools/call", let era):
            result = try tools.call(message.params, structured: Self.structured(era))
            cacheable = false
        case ("resources/list", _):
            result = try answering { try resources.list(cursor: message.params["cursor"]) }
        case ("resources/templates/list", _):
            result = ["resourceTemplates": Resources.templates]
        case ("resources/read", _):
            result = try answering { try resources.read(message.params) }
        case ("prompts/list", _):
            result = ["prompts": Prompts.list]
        case ("prompts/get", _):
            result = try Prompts.get(message.params)
            cacheable = false
        default:
            throw .methodNotFound(message.method)
        }
        result["resultType"] = "complete"
        if case .modern = era {
            result["_meta"] = ["io.modelcontextprotocol/serverInfo": ServerIdentity.info(version: serverVersion)]
            if cacheable {
                result["ttlMs"] = .int(Self.ttlMs)
                result["cacheScope"] = "public"
            }
        }
        return result
    }

    /// The revision a request is served under: the one its `_meta` declares (which must be one this
    /// server speaks, with the client's capabilities beside it), else the handshake's.
    private func era(of message: RPCMessage) throws(RPCError) -> Era {
        guard let declared = message.declaredVersion else {
            // server/discover without _meta: answered all the same, as the stateless revision.
            if message.method == "server/discover" { return .modern(ProtocolVersions.modern[0]) }
            return .handshake(handshakeVersion ?? ProtocolVersions.handshake[0])
        }
        guard let version = declared.string else {
            throw .invalidParams("\(RPCMessage.protocolVersionKey) må være en streng")
        }
        guard ProtocolVersions.modern.contains(version) else { throw .unsupportedVersion(version) }
        guard message.meta[RPCMessage.clientCapabilitiesKey]?.object != nil else {
            throw .invalidParams("_meta mangler \(RPCMessage.clientCapabilitiesKey)")
        }
        return .modern(version)
    }

    private static func structured(_ era: Era) -> Bool {
        switch era {
        case .modern: return true
        case .handshake(let version): return ProtocolVersions.hasStructuredContent(version)
        }
    }

    /// An index question's failure as the protocol's error; an `RPCError` passes as it is.
    private func answering(_ body: () throws -> [String: JSONValue]) throws(RPCError) -> [String: JSONValue] {
        do {
            return try body()
        } catch let error as RPCError {
            throw error
        } catch {
            throw .internalError(ToolCalls.message(for: error))
        }
    }
}
