/// The protocol revisions `guide mcp` speaks. The stateless one names itself in every request's
/// `_meta`; the handshake-era ones are agreed once, by `initialize`.
public enum ProtocolVersions {
    /// Revisions without a handshake, newest first.
    public static let modern = ["2026-07-28"]
    /// Revisions agreed by `initialize`, newest first.
    public static let handshake = ["2025-11-25", "2025-06-18", "2025-03-26"]
    public static var all: [String] { modern + handshake }

    /// The `initialize` answer: the client's revision when this server speaks it, else the newest
    /// handshake revision (the client then decides whether it can go on).
    static func negotiated(_ requested: String?) -> String {
        guard let requested, handshake.contains(requested) else { return handshake[0] }
        return requested
    }

    /// Whether results may carry `structuredContent` and tools an `outputSchema` (from 2025-06-18).
    static func hasStructuredContent(_ version: String) -> Bool {
        version != "2025-03-26"
    }
}
