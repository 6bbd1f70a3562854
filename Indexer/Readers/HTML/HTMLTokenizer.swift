/// One piece of an HTML fragment: a start tag, an end tag or text (references decoded).
enum HTMLToken: Equatable {
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    case end(name: String)
    case text(String)
}

/// Cuts the HTML the content API emits into tokens. Comments, doctypes and processing
/// instructions are dropped; the contents of `script` and `style` are dropped with them, so
/// neither reaches the index. Attribute values may be quoted with ' or " or not at all. Nothing
/// here fails: a stray "<" that opens no tag is text.
enum HTMLTokenizer {
    static func tokens(_ html: String) -> [HTMLToken] {
        let chars = Array(html.unicodeScalars)
        var tokens: [HTMLToken] = []
        var text = String.UnicodeScalarView()
        var i = 0
        func flush() {
            if !text.isEmpty { tokens.append(.text(HTMLEntities.decode(String(text)))) }
            text = String.UnicodeScalarView()
        }
        while i < chars.count {
            guard chars[i] == "<", i + 1 < chars.count else {
                text.append(chars[i])
                i += 1
                continue
            }
            let next = chars[i + 1]
            if next == "!" || next == "?" {
                flush()
                i = skipMarkup(chars, from: i)
            } else if next == "/" || isLetter(next) {
                guard let (token, end) = tag(chars, from: i) else {
                    text.append(chars[i])
                    i += 1
                    continue
                }
                flush()
                tokens.append(token)
                i = end
                if case .start(let name, _, false) = token, name == "script" || name == "style" {
                    i = skipRawText(chars, from: i, closing: name)
                }
            } else {
                text.append(chars[i])
                i += 1
            }
        }
        flush()
        return tokens
    }

    /// Past a comment (`<!-- … -->`), doctype or `<?…>`; an unterminated one runs to the end.
    private static func skipMarkup(_ chars: [Unicode.Scalar], from start: Int) -> Int {
        if start + 3 < chars.count, chars[start + 2] == "-", chars[start + 3] == "-" {
            var i = start + 4
            while i + 2 < chars.count {
                if chars[i] == "-", chars[i + 1] == "-", chars[i + 2] == ">" { return i + 3 }
                i += 1
            }
            return chars.count
        }
        var i = start + 2
        while i < chars.count, chars[i] != ">" { i += 1 }
        return min(i + 1, chars.count)
    }

    /// Past the raw text of a script or style element and its end tag.
    private static func skipRawText(_ chars: [Unicode.Scalar], from start: Int, closing name: String) -> Int {
        let closing = Array(("</" + name).unicodeScalars)
        var i = start
        while i + closing.count <= chars.count {
            if (0..<closing.count).allSatisfy({ lower(chars[i + $0]) == closing[$0] }) {
                var j = i + closing.count
                while j < chars.count, chars[j] != ">" { j += 1 }
                return min(j + 1, chars.count)
            }
            i += 1
        }
        return chars.count
    }

    /// A start or end tag at `start` ("<"), and the index after its ">"; nil when no ">" closes it.
    private static func tag(_ chars: [Unicode.Scalar], from start: Int) -> (HTMLToken, Int)? {
        var i = start + 1
        let isEnd = chars[i] == "/"
        if isEnd { i += 1 }
        var name = ""
        while i < chars.count, !isSpace(chars[i]), chars[i] != ">", chars[i] != "/" {
            name.unicodeScalars.append(lower(chars[i]))
            i += 1
        }
        var attributes: [String: String] = [:]
        var selfClosing = false
        while i < chars.count, chars[i] != ">" {
            if isSpace(chars[i]) { i += 1; continue }
            if chars[i] == "/" { selfClosing = true; i += 1; continue }
            selfClosing = false
            var key = ""
            while i < chars.count, !isSpace(chars[i]), chars[i] != "=", chars[i] != ">", chars[i] != "/" {
                key.unicodeScalars.append(lower(chars[i]))
                i += 1
            }
            while i < chars.count, isSpace(chars[i]) { i += 1 }
            var value = ""
            if i < chars.count, chars[i] == "=" {
                i += 1
                while i < chars.count, isSpace(chars[i]) { i += 1 }
                if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                    let quote = chars[i]
                    i += 1
                    while i < chars.count, chars[i] != quote { value.unicodeScalars.append(chars[i]); i += 1 }
                    i += 1
                } else {
                    while i < chars.count, !isSpace(chars[i]), chars[i] != ">" { value.unicodeScalars.append(chars[i]); i += 1 }
                }
            }
            if !key.isEmpty, attributes[key] == nil { attributes[key] = HTMLEntities.decode(value) }
        }
        guard i < chars.count, !name.isEmpty else { return nil }
        let token: HTMLToken = isEnd ? .end(name: name) : .start(name: name, attributes: attributes, selfClosing: selfClosing)
        return (token, i + 1)
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
    private static func isLetter(_ c: Unicode.Scalar) -> Bool { (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
    private static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c >= "A" && c <= "Z" ? Unicode.Scalar(c.value + 32) ?? c : c
    }
}
