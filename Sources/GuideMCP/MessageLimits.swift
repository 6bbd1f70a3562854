/// What a message may be before it is refused unread: a client sends small requests, and a line of
/// many megabytes or brackets thousands deep is a fault or an attack, answered with an error.
public struct MessageLimits: Sendable {
    /// Bytes in one line (one message); a longer line is skipped to its end and refused.
    public var maxBytes: Int
    /// Arrays and objects inside one another; deeper is refused before the parser recurses further.
    public var maxDepth: Int

    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }
}
