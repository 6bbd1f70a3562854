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
