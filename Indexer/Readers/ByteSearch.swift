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

    /// Whether some byte of the text is followed by one that `pair` accepts with it: a test to ask
    /// before a pattern that needs two neighbouring characters (" ,", "( ", "§2").
    static func holdsPair(_ text: String, _ pair: (UInt8, UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { t in
            guard t.count >= 2 else { return false }
            for i in 1..<t.count where pair(t[i - 1], t[i]) { return true }
            return false
        }
    }

    /// Whether the text holds `part` (ASCII letters, given in lower case) in any ASCII case.
    static func holdsIgnoringASCIICase(_ text: String, _ part: StaticString) -> Bool {
        var text = text
        let p = UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount)
        return text.withUTF8 { t in
            guard let first = p.first, t.count >= p.count else { return p.isEmpty }
            var i = 0
            while i <= t.count - p.count {
                if t[i] | 0x20 == first, (1..<p.count).allSatisfy({ t[i + $0] | 0x20 == p[$0] }) { return true }
                i += 1
            }
            return false
        }
    }
}
