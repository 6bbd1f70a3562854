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

    /// Whether a section sign follows an abbreviation ending at `start`: "hpl § 10a", "hpl. §10a"
    /// (only spaces and one dot between). An abbreviation names an act only there, in texts and queries alike.
    public static func sectionSignFollows(_ lower: [Character], at start: Int) -> Bool {
        var i = start
        if i < lower.count, lower[i] == "." { i += 1 }
        while i < lower.count, lower[i] == " " { i += 1 }
        return i < lower.count && lower[i] == "§"
    }
}
