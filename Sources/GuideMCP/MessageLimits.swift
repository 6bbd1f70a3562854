/// What a message may be before it is refused unread: a client sends small requests, and a line of
/// many megabytes or brackets thousands deep is a fault or an attack, answered with an error.
public struct MessageLimits: Sendable {
    /// Bytes in one line (one message); a longer line is skipped to its end and refused.
    public var maxBytes: Int
    /// Arrays and objects inside one another; deeper is refused before the decoder recurses.
    public var maxDepth: Int

    public init(maxBytes: Int = 4 << 20, maxDepth: Int = 64) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// Whether the bytes nest no deeper than allowed, brackets inside strings not counted.
    func nestingFits(_ bytes: [UInt8]) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > maxDepth { return false }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return true
    }
}
