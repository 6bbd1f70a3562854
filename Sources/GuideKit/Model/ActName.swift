/// How the names of acts are compared: by the act registry when it finds names in a text and when
/// the index copies its name forms, and by queries resolving what a user typed (`guide law hpl`).
public enum ActName {
    /// Lower case, whitespace runs as one space, trimmed: "Lov om  helsepersonell" → "lov om helsepersonell".
    public static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The form an index stores and a query looks up: the key without trailing dots, so "hpl.",
    /// "lov om helsepersonell m.v." and "lov om helsepersonell m.v" meet.
    public static func lookupKey(_ text: String) -> String {
        var key = self.key(text)
        while key.hasSuffix(".") { key.removeLast() }
        return key
    }
}
