import Foundation

/// Inline Markdown to plain text: `[text](url)` keeps its text and yields a link, `<https://…>` and
/// bare addresses yield links, `**bold**`, `*em*`, `_em_` and `` `code` `` lose their marks, `\*` escapes resolve.
enum MarkdownInline {
    struct Rendered: Equatable {
        var text: String
        /// (link text, address) in order; the text is nil for bare addresses.
        var links: [(text: String?, url: String)]

        static func == (a: Rendered, b: Rendered) -> Bool {
            a.text == b.text && a.links.map(\.url) == b.links.map(\.url) && a.links.map(\.text) == b.links.map(\.text)
        }
    }

    /// `definitions` resolves reference links (`[text][id]`, `[id]: https://…` elsewhere in the file).
    static func render(_ source: String, definitions: [String: String] = [:]) -> Rendered {
        var out = ""
        var links: [(String?, String)] = []
        let chars = Array(source)
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if ch == "\\", i + 1 < chars.count, let slot = escapable.firstIndex(of: chars[i + 1]) {
                // Hidden from the emphasis rules until they have run.
                out.unicodeScalars.append(placeholder(slot))
                i += 2
                continue
            }
            if ch == "[" || (ch == "!" && i + 1 < chars.count && chars[i + 1] == "["), let link = bracketLink(chars, at: ch == "!" ? i + 1 : i, definitions: definitions) {
                let inner = render(link.text, definitions: definitions)
                out += inner.text
                links += inner.links
                if let url = link.url { links.append((inner.text, url)) }
                i = link.end
                continue
            }
            if ch == "<", let close = chars[i...].firstIndex(of: ">") {
                let inside = String(chars[(i + 1)..<close])
                if inside.hasPrefix("http://") || inside.hasPrefix("https://") || inside.hasPrefix("mailto:") {
                    out += inside
                    links.append((nil, inside))
                    i = close + 1
                    continue
                }
            }
            out.append(ch)
            i += 1
        }
        var text = String(stripEmphasis(out).map { ch in
            guard let scalar = ch.unicodeScalars.first, let slot = slot(of: scalar) else { return ch }
            return escapable[slot]
        })
        text = TextCleanup.normalizeSpaces(text)
        let linked = Set(links.map(\.1))
        for url in bareURLs(in: text) where !linked.contains(url) { links.append((nil, url)) }
        return Rendered(text: text, links: links)
    }

    /// Characters a backslash escapes, and the private-use scalars that stand for them meanwhile.
    private static let escapable = Array("\\`*_{}[]()#+-.!<>|~")
    private static let placeholderBase: UInt32 = 0xE000

    private static func placeholder(_ slot: Int) -> Unicode.Scalar {
        Unicode.Scalar(placeholderBase + UInt32(slot)) ?? "?"
    }

    private static func slot(of scalar: Unicode.Scalar) -> Int? {
        let offset = Int(scalar.value) - Int(placeholderBase)
        return (0..<escapable.count).contains(offset) ? offset : nil
    }

    private struct BracketLink {
        var text: String
        var url: String?
        var end: Int
    }

    /// `[text](url "title")`, `[text][id]`, `[id]` with a definition; nil when the brackets are plain text.
    private static func bracketLink(_ chars: [Character], at open: Int, definitions: [String: String]) -> BracketLink? {
        var depth = 0
        var close: Int?
        for j in open..<chars.count {
            if chars[j] == "[" { depth += 1 }
            if chars[j] == "]" {
                depth -= 1
                if depth == 0 { close = j; break }
            }
        }
        guard let close else { return nil }
        let text = String(chars[(open + 1)..<close])
        let next = close + 1
        if next < chars.count, chars[next] == "(" {
            var level = 0
            for k in next..<chars.count {
                if chars[k] == "(" { level += 1 }
                if chars[k] == ")" {
                    level -= 1
                    if level == 0 {
                        var target = String(chars[(next + 1)..<k]).trimmingCharacters(in: .whitespaces)
                        if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
                        target = target.trimmingCharacters(in: CharacterSet(charactersIn: "<>"))
                        return BracketLink(text: text, url: target.isEmpty ? nil : target, end: k + 1)
                    }
                }
            }
            return nil
        }
        if next < chars.count, chars[next] == "[", let refClose = chars[next...].firstIndex(of: "]") {
            let id = String(chars[(next + 1)..<refClose])
            let key = (id.isEmpty ? text : id).lowercased()
            if let url = definitions[key] { return BracketLink(text: text, url: url, end: refClose + 1) }
            return nil
        }
        if let url = definitions[text.lowercased()] { return BracketLink(text: text, url: url, end: next) }
        return nil
    }

    private static func stripEmphasis(_ text: String) -> String {
        var t = text
        let rules: [(String, String)] = [
            (#"`([^`]+)`"#, "$1"),
            (#"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"#, "$2"),
            (#"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"#, "$1"),
            (#"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"#, "$1"),
            (#"~~(.+?)~~"#, "$1"),
        ]
        for (pattern, template) in rules {
            t = t.replacingPattern(pattern, with: template)
        }
        return t
    }

    private static func bareURLs(in text: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        while let range = rest.firstRange(ofPattern: #"https?://[^\s<>"()\[\]]+"#) {
            var url = String(rest[range])
            while let last = url.last, ".,;:!?".contains(last) { url.removeLast() }
            found.append(url)
            rest = rest[range.upperBound...]
        }
        return found
    }
}
