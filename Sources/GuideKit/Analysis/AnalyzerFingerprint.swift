/// What the analyzer makes of a fixed probe, hashed: the part of an index's identity that says how
/// its words were found, stemmed, split and folded. It is computed from the analyzer's own output,
/// not a version someone must remember to bump, so a change to the scanner, the stemmer's rules or
/// tables, compound splitting or spelling folding that alters any probe word changes it. The probe
/// takes every suffix and context from the stemmer's tables, so a suffix added there is probed too.
public enum AnalyzerFingerprint {
    /// 16 hex digits (FNV-1a over every term the probe yields, with its byte range and kind).
    public static let current: String = {
        let vocabulary: Set<String> = ["plan", "oppfølging", "helse", "tjeneste", "koordinator", "lege", "vakt"]
        let analyzer = NorwegianAnalyzer(decompounder: Decompounder(vocabulary: vocabulary))
        var hash = FNV1a()
        var text = probeText
        text.withUTF8 { bytes in
            analyzer.tokenize(bytes, reason: .document) { term, start, end, colocated in
                hash.add("\(term) \(start) \(end) \(colocated) \(Spelling.folded(term))\n")
                return true
            }
        }
        return hash.hex
    }()

    /// Sentences for the scanner (case, æ ø å, other scripts, digits, hyphens, punctuation, long
    /// runs, compounds) and a word for every stemmer suffix and context, each after a few stems.
    static var probeText: String {
        var words = [
            "Pasienten får oppfølgingsplan, helsetjenesten og Legevakten! Koordinatoren (fastlegen) skal",
            "vurdere e-post, § 4-1 og 2,5 mg/kg × 3; ½ dose, ØKT Ærlig Åpen café naïve Ελλάδα Москва 東京",
            "Helse- og omsorgstjenesteloven 1. januar 2024: 10 %… «sitat» “sitat” it's Ørsta/Åfjord",
            String(repeating: "x", count: 200),
        ]
        let stems = ["koordinator", "behandl", "vurd", "tilt"]
        let suffixes = NorwegianSuffixes.main.map(\.scalars) + NorwegianSuffixes.other + NorwegianSuffixes.consonantPairs
        for stem in stems {
            for suffix in suffixes { words.append(stem + String(String.UnicodeScalarView(suffix))) }
        }
        for context in NorwegianSuffixes.ersKeepingContexts + NorwegianSuffixes.ersDeletingContexts {
            words.append("fo" + String(String.UnicodeScalarView(context)) + "ers")
        }
        for letter in "bcdfghjklmnoprtvyzå" { words.append("plass\(letter)s") }
        return words.joined(separator: " ")
    }
}

/// 64-bit FNV-1a, enough to tell two probes' outputs apart (not a defence against forgery).
struct FNV1a {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
