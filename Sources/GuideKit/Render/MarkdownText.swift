/// Corpus text made safe for Markdown: characters that would start emphasis, links, code, HTML or
/// a heading, list or quote are backslash-escaped, so the text reads exactly as written.
enum MarkdownText {
    /// Escaped anywhere in a line.
    private static let inline: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    static func escaped(_ text: String) -> String {
        text.components(separatedBy: "\n").map(escapedLine).joined(separator: "\n")
    }

    private static func escapedLine(_ line: String) -> String {
        var out = ""
        for character in line {
            if inline.contains(character) { out.append("\\") }
            out.append(character)
        }
        return escapedLineStart(out)
    }

    /// "# …", "- …", "+ …", "12. …", "12) …" and "=" or "-" underlines are block syntax only at the
    /// start of a line.
    private static func escapedLineStart(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }
        let body = line.dropFirst(indent.count)
        guard let first = body.first else { return line }
        if "#+-=".contains(first) { return indent + "\\" + body }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = body.dropFirst(digits.count).first, after == "." || after == ")" {
            return indent + digits + "\\" + body.dropFirst(digits.count)
        }
        return line
    }

    /// A link for an http(s) address, else the address as plain (escaped) text.
    static func link(_ url: String, text: String? = nil) -> String {
        guard WebAddress.isLinkable(url), !url.contains(where: { $0 == ">" || $0 == "<" || $0.isWhitespace }) else {
            return escaped(text.map { "\($0) – \(url)" } ?? url)
        }
        guard let text else { return "<\(url)>" }
        let destination = url.replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
        return "[\(escaped(text))](\(destination))"
    }
}

/// Which addresses become links in exported documents: only http and https.
enum WebAddress {
    static func isLinkable(_ url: String) -> Bool {
        // Only the scheme is looked at: lowercasing and counting a whole address cost more than a search.
        let scheme = String(url.prefix(8)).lowercased()
        return (scheme.hasPrefix("https://") || scheme.hasPrefix("http://")) && url.utf8.count > "https://".utf8.count
    }
}
