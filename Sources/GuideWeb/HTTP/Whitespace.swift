/// Foundation's `.whitespaces` (tab and the space separators, Unicode's Zs) without Foundation's
/// bridging, which is a measurable part of a request: trimming a field, asking whether it is blank.
enum Whitespace {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar == " " || (scalar.value > 0x7F && scalar.properties.generalCategory == .spaceSeparator)
    }

    /// Only white space, or empty.
    static func isBlank<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.allSatisfy(contains)
    }

    /// The text without white space at either end (as `trimmingCharacters(in: .whitespaces)`).
    static func trimmed<S: StringProtocol>(_ text: S) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !contains($0) }),
              let last = scalars.lastIndex(where: { !contains($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
