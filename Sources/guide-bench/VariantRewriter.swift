/// Rewrites one source text into its numbered copies (see `ScaledCorpus`): deterministic, seeded
/// by the copy number and each word's place, never by a clock or a random generator.
struct VariantRewriter {
    /// Words shorter than this are kept: filler words and abbreviations carry the sentence shape.
    static let minimumLength = 5
    /// Lines with fewer words than this are structure (headings, labels, page furniture): kept.
    static let minimumProseWords = 8
    static let syntheticShare: UInt64 = 20
    static let shuffledShare: UInt64 = 15

    private let lines: [Substring]
    private let pool: [String]
    private let siblings: UInt64

    init(text: String, copies: Int) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var seen = Set<String>()
        var pool: [String] = []
        for line in lines where Self.isProse(line) {
            for word in Self.words(line) where Self.isEligible(word) && seen.insert(String(word)).inserted {
                pool.append(String(word))
            }
        }
        self.pool = pool
        // √N synthetic siblings per word: vocabulary grows sublinearly with the text, as it does in real collections.
        siblings = UInt64(max(1, Int((Double(copies)).squareRoot() * 3)))
    }

    func variant(_ v: Int) -> String {
        var out = ""
        for (number, line) in lines.enumerated() {
            if number > 0 { out += "\n" }
            if line.contains("helsedirektoratet.no/") {
                out += line.replacingOccurrences(of: "helsedirektoratet.no/", with: "helsedirektoratet.no/variant-\(v)/")
            } else if Self.isProse(line) {
                out += rewrite(line, variant: v, line: number)
            } else {
                out += line
            }
        }
        return out
    }

    private func rewrite(_ line: Substring, variant v: Int, line number: Int) -> String {
        var out = ""
        var word = ""
        var position = 0
        func flush() {
            defer { word = "" }
            guard !word.isEmpty else { return }
            position += 1
            guard Self.isEligible(Substring(word)), !pool.isEmpty else { out += word; return }
            let roll = Seed.mix(UInt64(v), UInt64(number), UInt64(position))
            switch roll % 100 {
            case 0..<Self.syntheticShare:
                out += Self.synthetic(from: word, sibling: Seed.mix(UInt64(v), roll >> 8) % siblings)
            case Self.syntheticShare..<(Self.syntheticShare + Self.shuffledShare):
                out += pool[Int((roll >> 8) % UInt64(pool.count))]
            default:
                out += word
            }
        }
        for character in line {
            if character.isLetter { word.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }

    /// A made-up word that keeps the original's first letters: "koordinator" → "koorbelami".
    static func synthetic(from word: String, sibling: UInt64) -> String {
        let consonants = Array("bdfghjklmnprstv"), vowels = Array("aeiouyæøå")
        var bits = Seed.mix(Seed.of(word), sibling)
        var out = String(word.prefix(4))
        for _ in 0..<(2 + Int(bits % 3)) {
            bits /= 3
            out.append(consonants[Int(bits % UInt64(consonants.count))])
            bits /= UInt64(consonants.count)
            out.append(vowels[Int(bits % UInt64(vowels.count))])
            bits /= UInt64(vowels.count)
        }
        return out
    }

    static func isProse(_ line: Substring) -> Bool {
        !line.contains("http") && !line.contains("§") && words(line).count >= minimumProseWords
    }

    static func isEligible(_ word: Substring) -> Bool {
        word.count >= minimumLength && word.allSatisfy { $0.isLowercase }
    }

    static func words(_ line: Substring) -> [Substring] {
        line.split(whereSeparator: { !$0.isLetter })
    }
}

/// Stable 64-bit mixing (FNV-1a over the inputs, then a SplitMix64 finalizer).
enum Seed {
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    static func mix(_ values: UInt64...) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in values { hash = (hash ^ value) &* 0x0000_0100_0000_01b3 }
        hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        return hash ^ (hash >> 31)
    }
}
