/// A list bound as one JSON array and read back with `json_each(?)`: one statement for any length,
/// prepared once, instead of SQL with as many `?` as there are items.
enum JSONList {
    // Appended to one string: a list is made per query word, and mapping then joining cost more
    // than the look-up the list drives.
    static func strings(_ items: [String]) -> String {
        var json = "["
        for (index, item) in items.enumerated() {
            if index > 0 { json += "," }
            appendQuoted(item, to: &json)
        }
        return json + "]"
    }

    static func integers(_ items: [Int]) -> String {
        var json = "["
        for (index, item) in items.enumerated() {
            if index > 0 { json += "," }
            json += String(item)
        }
        return json + "]"
    }

    private static func appendQuoted(_ string: String, to out: inout String) {
        // Most items need no escape: quote them whole instead of scalar by scalar.
        guard string.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
            out += "\"" + string + "\""
            return
        }
        out += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
