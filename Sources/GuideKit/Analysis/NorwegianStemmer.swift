/// The Snowball Norwegian (Bokmål) stemmer, exactly as `algorithms/norwegian.sbl` of the current
/// Snowball release defines it (https://snowballstem.org/algorithms/norwegian/stemmer.html):
/// vowels include ê ò ó ô, `ers` is kept after some endings, and a final `s` goes only after
/// certain letters. Agreement with Snowball's reference vocabulary is checked word by word in
/// `NorwegianStemmerTests`.
///
/// Every rule only shortens the word — even `erte`/`ert` → `er` is the removal of `te`/`t` — so
/// the stem is always a prefix of the input. The stemmer therefore only moves an end index
/// backwards over the word's Unicode scalars and slices once at the end: no buffers are built,
/// and a word that keeps its ending is returned as is.
///
/// Input is expected in lower case; upper-case letters count as non-vowels, as in Snowball.
///
/// `regionMinimum` is where R1 begins at the earliest: Snowball's 3 by default; the analyzer asks
/// for `guardedRegionMinimum`, so a stem keeps four letters (see there).
public enum NorwegianStemmer {
    /// Snowball's R1 starts at least three letters in, so "demens" loses `ens` and becomes "dem",
    /// another word. With four, a suffix is removed only where four letters remain ("demens" →
    /// "demen"), except the inflections of the common paradigms (`shortInflections`: "leger",
    /// "legene" → "leg" like "lege"), which keep Snowball's three. `guide-bench --stems` measures it.
    public static let guardedRegionMinimum = 4

    public static func stem(_ word: String, regionMinimum: Int = 3) -> String {
        let scalars = word.unicodeScalars
        let snowballR1 = regionOneStart(of: scalars)
        guard snowballR1 < scalars.endIndex else { return word }
        let r1 = regionMinimum == 3 ? snowballR1 : regionOneStart(of: scalars, minimum: regionMinimum)
        var end = removeMainSuffix(from: scalars, end: scalars.endIndex, r1: r1, inflectionR1: snowballR1)
        end = removeConsonantPair(from: scalars, end: end, r1: r1)
        end = removeOtherSuffix(from: scalars, end: end, r1: r1, keepingNounHeads: regionMinimum != 3)
        return end == scalars.endIndex ? word : String(scalars[..<end])
    }

    typealias Scalars = String.UnicodeScalarView
    typealias Position = String.UnicodeScalarView.Index

    // MARK: - Regions

    /// R1 starts after the first non-vowel that follows a vowel, but at least `minimum` letters in
    /// (Snowball: three). The end index means an empty R1 (Snowball's `$p1 = limit` when no such
    /// position exists).
    static func regionOneStart(of scalars: Scalars, minimum letters: Int = 3) -> Position {
        let end = scalars.endIndex
        // `test (hop 3 setmark x)`: a word of fewer than three letters has an empty R1.
        guard let minimum = scalars.index(scalars.startIndex, offsetBy: letters, limitedBy: end) else { return end }
        var position = scalars.startIndex
        // `gopast v`
        while position < end, !isVowel(scalars[position]) { scalars.formIndex(after: &position) }
        guard position < end else { return end }
        scalars.formIndex(after: &position)
        // `gopast non-v`
        while position < end, isVowel(scalars[position]) { scalars.formIndex(after: &position) }
        guard position < end else { return end }
        scalars.formIndex(after: &position)
        return max(position, minimum)
    }

    // MARK: - Steps

    /// Step 1: the longest main suffix inside R1 (a short inflection: inside `inflectionR1`),
    /// removed or handled by its rule.
    static func removeMainSuffix(from scalars: Scalars, end: Position, r1: Position, inflectionR1: Position) -> Position {
        // Most suffixes are ruled out by the word's last letter, without stepping back over the word.
        let last = scalars[scalars.index(before: end)]
        for suffix in NorwegianSuffixes.main where suffix.scalars.last == last {
            let limit = suffix.isShortInflection ? min(r1, inflectionR1) : r1
            guard let start = start(of: suffix.scalars, in: scalars, end: end, limit: limit) else { continue }
            switch suffix.rule {
            case .delete:
                return start
            case .ers:
                // The letters before `ers` may lie outside R1. Snowball takes the longest of its
                // contexts: `giv`, `hav`, `skap` (and none at all) delete; the rest keep `ers`.
                let deletes = NorwegianSuffixes.ersDeletingContexts.contains {
                    self.start(of: $0, in: scalars, end: start, limit: scalars.startIndex) != nil
                }
                if deletes { return start }
                let keeps = NorwegianSuffixes.ersKeepingContexts.contains {
                    self.start(of: $0, in: scalars, end: start, limit: scalars.startIndex) != nil
                }
                return keeps ? end : start
            case .s:
                return removesFinalS(scalars, before: start) ? start : end
            case .erte:
                // `<- 'er'`: keep the `er` the suffix starts with.
                return scalars.index(start, offsetBy: 2)
            }
        }
        return end
    }

    /// Step 2: `dt` or `vt` ending inside R1 loses its `t`.
    static func removeConsonantPair(from scalars: Scalars, end: Position, r1: Position) -> Position {
        for pair in NorwegianSuffixes.consonantPairs where start(of: pair, in: scalars, end: end, limit: r1) != nil {
            return scalars.index(before: end)
        }
        return end
    }

    /// Step 3: the longest of `leg`, `lig`, `els`, `lov` and their variants inside R1 is removed.
    /// `keepingNounHeads` (the analyzer's stems) keeps the `leg` and `lov` endings: in health texts they
    /// are the nouns "lege" and "lov" heading a compound far more often than a Nynorsk adjective
    /// ending, and removing them turns "fastlege" into "fast" and "helseloven" into "helse".
    static func removeOtherSuffix(from scalars: Scalars, end: Position, r1: Position, keepingNounHeads: Bool = false) -> Position {
        guard end > scalars.startIndex else { return end }
        let last = scalars[scalars.index(before: end)]
        for suffix in NorwegianSuffixes.other where suffix.last == last {
            if let start = start(of: suffix, in: scalars, end: end, limit: r1) {
                return keepingNounHeads && NorwegianSuffixes.nounHeads.contains(suffix) ? end : start
            }
        }
        return end
    }

    /// `s_ending or ('r' not 'e') or ('k' non-v)`, tested on the letters before a final `s`,
    /// which may lie outside R1.
    static func removesFinalS(_ scalars: Scalars, before sPosition: Position) -> Bool {
        guard sPosition > scalars.startIndex else { return false }
        let previousPosition = scalars.index(before: sPosition)
        let previous = scalars[previousPosition]
        if isSEnding(previous) { return true }
        guard previous == "r" || previous == "k" else { return false }
        guard previousPosition > scalars.startIndex else { return previous == "r" }
        let beforePrevious = scalars[scalars.index(before: previousPosition)]
        return previous == "r" ? beforePrevious != "e" : !isVowel(beforePrevious)
    }

    // MARK: - Matching

    /// Where `suffix` starts if `scalars[..<end]` ends with it without reaching before `limit`.
    static func start(of suffix: [Unicode.Scalar], in scalars: Scalars, end: Position, limit: Position) -> Position? {
        var position = end
        for expected in suffix.reversed() {
            guard position > limit else { return nil }
            scalars.formIndex(before: &position)
            guard scalars[position] == expected else { return nil }
        }
        return position
    }

    /// Snowball's `v`: a e ê i o ò ó ô u y æ å ø.
    static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a", "e", "ê", "i", "o", "ò", "ó", "ô", "u", "y", "æ", "å", "ø": true
        default: false
        }
    }

    /// Snowball's `s_ending`: the letters after which a final `s` is always removed.
    static func isSEnding(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "b", "c", "d", "f", "g", "h", "j", "l", "m", "n", "o", "p", "t", "v", "y", "z": true
        default: false
        }
    }
}
