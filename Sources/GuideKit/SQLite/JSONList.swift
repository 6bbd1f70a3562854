/// A list bound as one JSON array and read back with `json_each(?)`: one statement for any length,
/// prepared once, instead of SQL with as many `?` as there are items.
enum JSONList {
    // Written as UTF-8 bytes into one buffer, made a string once: a list is made per query word and
    // per search, and appending to a string (or mapping, then joining) cost more than the look-up
    // the list drives.
    static func strings(_ items: [String]) -> String {
        var json: [UInt8] = []
        json.reserveCapacity(items.reduce(2) { $0 + $1.utf8.count + 3 })
        json.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            appendQuoted(item, to: &json)
        }
        json.append(UInt8(ascii: "]"))
        return String(decoding: json, as: UTF8.self)
    }

    static func integers(_ items: [Int]) -> String {
        var json: [UInt8] = []
        json.reserveCapacity(2 + 8 * items.count)
        json.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(contentsOf: String(item).utf8)
        }
        json.append(UInt8(ascii: "]"))
        return String(decoding: json, as: UTF8.self)
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\u00XX`; everything else as it is
    /// (a control character is one byte in UTF-8, and no other character's bytes are below 0x20).
    private static func appendQuoted(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        defer { out.append(UInt8(ascii: "\"")) }
        // Most items need no escape: copied whole.
        let copied = string.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        guard copied != true else { return }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case ..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            default:
                out.append(byte)
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
