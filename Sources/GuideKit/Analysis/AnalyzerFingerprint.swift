/// What the analyzer makes of a fixed probe, hashed: the part of an index's identity that says how
/// its words were found, stemmed, split and folded. It is computed from the analyzer's own output,
/// not a version someone must remember to bump, so a change to the scanner, the stemmer's rules or
/// tables, compound splitting or spelling folding that alters any probe word changes it. The probe
/// takes every suffix and context from the stemmer's tables, so a suffix added there is probed too.
public enum AnalyzerFingerprint {
    /// 16 hex digits (FNV-1a over every term the probe yields, with its byte range and kind, and over
    /// the folding of the letters `Spelling` folds). About 2M instructions (release), so a command
    /// computes it only when the index was written by another executable (`IndexerIdentity`).
    public static let current: String = {
        let vocabulary: Set<String> = ["plan", "oppfølging", "helse", "tjeneste", "lege", "vakt"]
        let analyzer = NorwegianAnalyzer(decompounder: Decompounder(vocabulary: vocabulary))
        var hash = FNV1a()
        var text = probeText
        text.withUTF8 { bytes in
            analyzer.tokenize(bytes, reason: .document) { term, start, end, colocated in
                hash.add(term)
                hash.add(start, end, colocated ? 1 : 0)
                return true
            }
        }
        // Folding over the letters it changes, not the whole probe: it walks Characters, which is slow.
        hash.add(Spelling.folded("æøöóòôåäáàéèêü"))
        return hash.hex
    }()

    /// Sentences for the scanner (case, æ ø å, accents, digits, hyphens, punctuation,
    /// compounds), a word for every stemmer suffix, `ers` context and final `s` rule, and short words
    /// for the letters a stem keeps.
    static var probeText: String {
        var words = [
            "Legevakten får oppfølgingsplan, helsetjenesten: e-post § 4-1 2,5 mg/kg ½ ØKT Åpen café naïve",
            "«sitat» it's Ørsta/Åfjord 10 %…",
        ]
        let suffixes = NorwegianSuffixes.main.map(\.scalars) + NorwegianSuffixes.other + NorwegianSuffixes.consonantPairs
        for suffix in suffixes { words.append("behandl" + String(String.UnicodeScalarView(suffix))) }
        for context in NorwegianSuffixes.ersKeepingContexts + NorwegianSuffixes.ersDeletingContexts {
            words.append("fo" + String(String.UnicodeScalarView(context)) + "ers")
        }
        for letter in "bcdfghjklmnoprtvyz" { words.append("pla\(letter)s") }
        // Short words, whose stems depend on how many letters a stem keeps (`guardedRegionMinimum`).
        words += ["demens", "leger", "legene", "lever", "barnet", "pasientens", "likhet", "alders"]
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

    mutating func add(_ numbers: Int...) {
        for number in numbers {
            for shift in stride(from: 0, to: 64, by: 8) {
                value ^= UInt64(truncatingIfNeeded: number >> shift) & 0xff
                value = value &* 0x0000_0100_0000_01b3
            }
        }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
