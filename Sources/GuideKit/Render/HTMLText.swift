/// Corpus text made safe for HTML: the five characters that could open markup or end an attribute
/// are written as entities, in text and in attribute values alike.
public enum HTMLText {
    public static func escaped(_ text: String) -> String {
        // Bytes, not Characters: the five are ASCII, never inside a multi-byte sequence, and most
        // text holds none of them (then it is returned as it is).
        let utf8 = text.utf8
        let isSpecial: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        // The contiguous bytes when the string has them (a web page escapes hundreds of strings).
        guard utf8.withContiguousStorageIfAvailable({ $0.contains(where: isSpecial) }) ?? utf8.contains(where: isSpecial) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `<a href="…">text</a>` for an http(s) address; any other address stays plain text, so a
    /// `javascript:` or `file:` address in a corpus can never become a link.
    public static func link(_ url: String, text: String? = nil) -> String {
        let label = escaped(text ?? url)
        guard WebAddress.isLinkable(url) else { return text == nil ? label : "\(label) (\(escaped(url)))" }
        return "<a href=\"\(escaped(url))\">\(label)</a>"
    }
}
