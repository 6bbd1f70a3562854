/// A deterministic stream of random and adversarial query strings: FTS5 syntax, quotes, NUL and
/// control characters, escaped lone surrogates, huge tokens, right-to-left text, emoji, SQL
/// fragments, mixed with real Norwegian words. The same seed gives the same strings on every run.
struct QueryGenerator: Sequence, IteratorProtocol {
    private var random: SplitMix64
    private var produced = 0
    let count: Int

    init(seed: UInt64 = 0x5EED_6A1D, count: Int) {
        random = SplitMix64(seed: seed)
        self.count = count
    }

    mutating func next() -> String? {
        guard produced < count else { return nil }
        produced += 1
        let pieces = random.next(upTo: 8) + 1
        var query = ""
        for _ in 0..<pieces {
            query += piece()
            if random.next(upTo: 3) > 0 { query += random.pick(Self.separators) }
        }
        return query
    }

    private mutating func piece() -> String {
        // Huge pieces (cases 5 and 6) are rarer, so 100,000 queries stay quick to run.
        switch random.next(upTo: 16) {
        case 0: return random.pick(Self.syntax)
        case 1: return random.pick(Self.sqlFragments)
        case 2: return random.pick(Self.escapedSurrogates)
        case 3: return random.pick(Self.rightToLeft)
        case 4: return random.pick(Self.emoji)
        case 5 where random.next(upTo: 8) == 0:  // a huge token
            return String(repeating: random.pick(Self.words), count: random.next(upTo: 2_000) + 20)
        case 6 where random.next(upTo: 8) == 0:  // a long text
            return (0..<(random.next(upTo: 400) + 40)).map { _ in random.pick(Self.words) }.joined(separator: " ")
        case 7: return scalars(from: 0...0x1F, count: random.next(upTo: 6) + 1)  // NUL and control characters
        case 8: return scalars(from: 0x20...0x7E, count: random.next(upTo: 24) + 1)  // ASCII noise
        case 9: return scalars(from: 0xA0...0x2FFF, count: random.next(upTo: 12) + 1)  // Latin, combining marks, symbols
        case 10: return scalars(from: 0xE000...0xF8FF, count: random.next(upTo: 4) + 1)  // private use (snippet markers)
        case 11: return scalars(from: 0x1_0000...0x10_FFFF, count: random.next(upTo: 6) + 1)  // astral planes
        case 12: return random.pick(Self.words) + random.pick(["\u{301}\u{302}\u{303}", "\u{200D}", "\u{FE0F}", "\u{0}", "*", "\""])
        case 13: return "\"" + random.pick(Self.words) + " " + random.pick(Self.syntax) + "\""
        default: return random.pick(Self.words)
        }
    }

    private mutating func scalars(from range: ClosedRange<UInt32>, count: Int) -> String {
        var text = ""
        for _ in 0..<count {
            let value = range.lowerBound + UInt32(random.next(upTo: Int(range.upperBound - range.lowerBound) + 1))
            // Surrogate code points cannot be Swift scalars; they are covered as escaped text.
            text.unicodeScalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return text
    }

    static let separators = [" ", "  ", "\t", "\n", "\r\n", "\u{A0}", "\u{2028}", "\u{3000}", "", "-", "/", ",", "."]
    static let syntax = [
        "\"", "\"\"", "*", "^", "(", ")", "((", "))", ":", "+", "-", "{", "}", "[", "]", ",", "AND", "OR", "NOT", "NEAR",
        "NEAR(", "NEAR/3", "NEAR(a b, 2)", "heading:", "text:", "passages_fts:", "{heading text}:", "- heading:", "rank",
        "bm25(", "\"*\"", "a OR", "OR b", "NOT NOT", "\u{0}\"", "\"\u{0}*", "_", "_pårør", "§", "§§ 10a", "%", "\\", "'",
    ]
    static let sqlFragments = [
        "'; DROP TABLE passages; --", "\" OR 1=1 --", "') UNION SELECT * FROM meta --", "/* */", "*/", "?", "?1", "?999999",
        ":name", "@x", "$x", "; PRAGMA writable_schema=1;", "' || '", "x' AND '1'='1", "CHAR(0)", "%_%", "\\x00",
        "ATTACH DATABASE '/tmp/x' AS x", "INSERT INTO passages_fts(passages_fts) VALUES('delete-all')", "sqlite_master",
    ]
    static let escapedSurrogates = ["\\uD800", "\\udfff", "\\uD83D\\uDE00", "\\ud83d", "%ED%A0%80", "&#xD800;", "\\x{D800}",
                                    "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10FFFF}", "\u{FEFF}"]
    static let rightToLeft = ["\u{202E}ednerørap", "שלום עולם", "مرحبا بالعالم", "\u{200F}pårørende\u{200E}",
                              "\u{202B}koordinator\u{202C}", "\u{2067}ALS\u{2069}", "עברית pårørende العربية"]
    static let emoji = ["🙂", "👩‍⚕️", "👨‍👩‍👧‍👦", "🇳🇴", "🏳️‍🌈", "1️⃣", "🧑🏽‍🦽", "💊💉", "😀\u{FE0F}\u{20E3}"]
    static let words = [
        "pårørende", "koordinator", "pasienten", "sengeliggende", "lys", "lyd", "als", "me", "cfs", "bpa", "helsepersonelloven",
        "10a", "oppfølgingsplan", "parorende", "koordinatr", "søvn", "får", "far", "ernæring", "barn", "hva", "bør", "og",
        "i", "x", "ÆØÅ", "Å", "helsestasjon", "brukerstyrt", "assistanse", "nynorsk", "pårørendeavtale", "epikrise",
        "utmattelse", "samtykkekompetent", "diagnosesamtalen", "kommunal", "plan", "123456789012345678901234567890",
    ]
}

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast, and the same on every platform.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (bound > 0).
    mutating func next(upTo bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ list: [T]) -> T { list[next(upTo: list.count)] }
}
