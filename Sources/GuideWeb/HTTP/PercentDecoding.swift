/// `%XX` escapes (and, in a query, "+" for a space) decoded to UTF-8 text; nil for a broken escape
/// or bytes that are not UTF-8, which the server answers with 400.
enum PercentDecoding {
    static func decode(_ bytes: ArraySlice<UInt8>, plusIsSpace: Bool) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte == UInt8(ascii: "%") {
                guard i + 2 < bytes.endIndex, let high = hex(bytes[i + 1]), let low = hex(bytes[i + 2]) else { return nil }
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
                i += 1
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    /// `a=1&b=2` as fields in order; empty parts are skipped, a field without "=" has an empty value.
    static func formFields(_ bytes: ArraySlice<UInt8>) -> [(name: String, value: String)]? {
        var fields: [(name: String, value: String)] = []
        for part in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = part.firstIndex(of: UInt8(ascii: "="))
            guard let name = decode(part[..<(equals ?? part.endIndex)], plusIsSpace: true),
                  let value = decode(equals.map { part[($0 + 1)...] } ?? [], plusIsSpace: true) else { return nil }
            fields.append((name, value))
        }
        return fields
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
