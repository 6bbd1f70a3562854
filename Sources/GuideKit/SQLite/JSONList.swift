/// A list bound as one JSON array and read back with `json_each(?)`: one statement for any length,
/// prepared once, instead of SQL with as many `?` as there are items.
enum JSONList {
    static func strings(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ",") + "]"
    }

    static func integers(_ items: [Int]) -> String {
        "[" + items.map(String.init).joined(separator: ",") + "]"
    }

    private static func quoted(_ string: String) -> String {
        // Most items need no escape: quote them whole instead of scalar by scalar.
        guard string.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else {
            return "\"" + string + "\""
        }
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
