/// Whether a text's UTF-8 holds another's bytes: a cheap test to ask before a slower exact one
/// (Foundation's search, a regular expression). The standard library's `Collection.contains(_:)`
/// is generic and unspecialized, and cost more than the search it was meant to spare.
enum ByteSearch {
    static func holds(_ text: String, _ part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { t in
            part.withUTF8 { p in
                guard let first = p.first else { return true }
                guard t.count >= p.count else { return false }
                var i = 0
                while i <= t.count - p.count {
                    if t[i] == first, (1..<p.count).allSatisfy({ t[i + $0] == p[$0] }) { return true }
                    i += 1
                }
                return false
            }
        }
    }

    /// False when the text starts with an ASCII byte other than `firsts`: a test to ask before
    /// lower-casing a line to compare its start. A first character outside ASCII is left to the
    /// exact test (some lower-case to ASCII, as the Kelvin sign does); so is an empty text.
    static func mayStart(_ text: String, withOneOf firsts: StaticString) -> Bool {
        guard let first = text.utf8.first, first < 0x80 else { return true }
        return UnsafeBufferPointer(start: firsts.utf8Start, count: firsts.utf8CodeUnitCount).contains(first)
    }
}
