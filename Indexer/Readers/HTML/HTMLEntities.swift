/// Character references as the content API writes them: the named ones its editors produce
/// (`&nbsp;`, `&aring;`, `&laquo;` …) and numeric ones (`&#229;`, `&#xE5;`). An unknown or
/// unterminated reference stays as written, as a browser shows it.
enum HTMLEntities {
    /// Decodes every reference in `text`; a no-break space becomes an ordinary space.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            // A reference is short; look for its ";" within 10 characters.
            if let semi = after.prefix(10).firstIndex(of: ";"), let char = character(for: after[..<semi]) {
                out.append(char)
                rest = after[after.index(after: semi)...]
            } else {
                out.append("&")
                rest = after
            }
        }
        out += rest
        return out
    }

    private static func character(for name: Substring) -> Character? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return value == 0xA0 ? " " : Character(scalar)
        }
        return named[String(name)]
    }

    private static let named: [String: Character] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "aring": "å", "Aring": "Å", "oslash": "ø", "Oslash": "Ø", "aelig": "æ", "AElig": "Æ",
        "auml": "ä", "Auml": "Ä", "ouml": "ö", "Ouml": "Ö", "uuml": "ü", "Uuml": "Ü",
        "eacute": "é", "Eacute": "É", "egrave": "è", "aacute": "á", "oacute": "ó", "ecirc": "ê",
        "laquo": "«", "raquo": "»", "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sect": "§", "para": "¶",
        "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "le": "≤", "ge": "≥", "ne": "≠",
        "micro": "µ", "middot": "·", "shy": "\u{AD}", "copy": "©", "reg": "®", "trade": "™",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "alpha": "α", "beta": "β",
        "gamma": "γ", "delta": "δ", "mu": "μ", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
        "ensp": " ", "emsp": " ", "thinsp": " ", "zwnj": "\u{200C}", "zwj": "\u{200D}",
    ]
}
