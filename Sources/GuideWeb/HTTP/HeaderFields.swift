
/// What the server needs of the header fields: Host, the body's announced size, and whether to keep
/// the connection. Malformed fields (no colon, a space before it, folded lines) are 400; too many, 431.
struct HeaderFields {
    var hasHost = false
    var contentLength: Int?
    var chunked = false
    /// From "Connection: close" or "keep-alive"; nil when not said.
    var keepAlive: Bool?

    static func parse(_ bytes: ArraySlice<UInt8>, limit: Int) -> Result<HeaderFields, HTTPStatusFailure> {
        var fields = HeaderFields()
        var count = 0
        for rawLine in bytes.split(separator: RequestParser.lf, omittingEmptySubsequences: false) {
            let line = RequestParser.trimmingCR(rawLine)
            if line.isEmpty { continue }
            count += 1
            guard count <= limit else { return .failure(.init(.requestHeaderFieldsTooLarge)) }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[..<colon].allSatisfy(isTokenByte),
                  line.allSatisfy({ $0 == 0x09 || (0x20...0x7E).contains($0) || $0 >= 0x80 }) else {
                return .failure(.init(.badRequest))
            }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            // Only two fields' values are read; the others are not decoded at all.
            var value: String { Whitespace.trimmed(String(decoding: line[(colon + 1)...], as: UTF8.self)) }
            switch name {
            case "host":
                guard !fields.hasHost else { return .failure(.init(.badRequest)) }
                fields.hasHost = true
            case "content-length":
                let value = value
                guard !value.isEmpty, value.utf8.count <= 18, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                      let length = Int(value), fields.contentLength.map({ $0 == length }) ?? true else {
                    return .failure(.init(.badRequest))
                }
                fields.contentLength = length
            case "transfer-encoding":
                fields.chunked = true
            case "connection":
                let options = value.lowercased().split(separator: ",").map(Whitespace.trimmed)
                if options.contains("close") { fields.keepAlive = false } else if options.contains("keep-alive") { fields.keepAlive = true }
            default:
                break
            }
        }
        return .success(fields)
    }

    /// RFC 9110 `tchar`: the bytes a method or field name may hold.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}
