/// Corpus text made safe for HTML: the five characters that could open markup or end an attribute
/// are written as entities, in text and in attribute values alike.
public enum HTMLText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `<a href="…">text</a>` for an http(s) address; any other address stays plain text, so a
    /// `javascript:` or `file:` address in a corpus can never become a link.
    public static func link(_ url: String, text: String? = nil) -> String {
        let label = escaped(text ?? url)
        guard WebAddress.isLinkable(url) else { return text == nil ? label : "\(label) (\(escaped(url)))" }
        return "<a href=\"\(escaped(url))\">\(label)</a>"
    }
}
