/// `String.lowercased()` with the Latin-1 scalars (ASCII and Norwegian's Æ, Ø, Å) lowered from their
/// bytes. The standard library lowers a text that is not all ASCII scalar by scalar, making a string
/// of each scalar's mapping, and the web-page reader and the normative pass lower every line several
/// times. The answer is the same: Latin-1 upper-case letters (A–Z, À–Þ but ×) map one to one to the
/// letter 0x20 above, every other Latin-1 scalar to itself, and any other scalar asks Unicode.
extension StringProtocol {
    var lowercasedFast: String {
        // All ASCII: the standard library's own fast path.
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            } else if value < 0x100 {
                let lowered = (0xC0...0xDE).contains(value) && value != 0xD7 ? value + 0x20 : value
                bytes.append(0xC0 | UInt8(lowered >> 6))
                bytes.append(0x80 | UInt8(lowered & 0x3F))
            } else {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
