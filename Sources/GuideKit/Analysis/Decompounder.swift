/// Splits closed Norwegian compounds into two known words ("oppfølgingsplan" → "oppfølging" + "plan",
/// "pårørendeavtale" → "pårørende" + "avtale"), allowing the linking letters -s- and -e-.
/// "Known" means: standing as a word of its own in the corpus, so the split follows the texts.
public struct Decompounder: Sendable {
    /// Both parts must be at least this long, so "sengeliggende" does not yield "sen".
    public static let minimumPartLength = 4
    private let words: Set<String>

    public init(vocabulary: Set<String>) {
        words = vocabulary.filter(Self.isLongEnough)
    }

    public var isEmpty: Bool { words.isEmpty }

    /// `word.count >= minimumPartLength`, counting characters only when the bytes cannot tell: a
    /// character has at least one byte, and in ASCII without CR (CR LF is one character) exactly one.
    /// An in-place update filters the whole vocabulary with this.
    private static func isLongEnough(_ word: String) -> Bool {
        let bytes = word.utf8
        guard bytes.count >= minimumPartLength else { return false }
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return true }
        return word.count >= minimumPartLength
    }

    /// The two parts, or nil when the word is not a compound of known words. The longest known
    /// tail wins ("helsepersonell" → "helse" + "personell", not "helseperson" + "ell").
    public func parts(of word: String) -> [String]? {
        guard let bounds = Self.splitPoints(word) else { return nil }
        for (index, split) in bounds.enumerated() {
            let tail = String(word[split...])
            guard words.contains(tail) else { continue }
            let head = String(word[..<split])
            if words.contains(head) { return [head, tail] }
            if let linked = Self.withoutLinkingLetter(word, bounds: bounds, index: index), words.contains(linked) {
                return [linked, tail]
            }
        }
        return nil
    }

    /// Every string `parts(of:)` may look up for this word (heads, heads without a linking letter,
    /// tails), so a caller whose vocabulary is elsewhere (the index) can ask for just these.
    public static func candidates(of word: String) -> [String] {
        guard let bounds = splitPoints(word) else { return [] }
        var candidates: [String] = []
        for (index, split) in bounds.enumerated() {
            candidates.append(String(word[..<split]))
            if let linked = withoutLinkingLetter(word, bounds: bounds, index: index) { candidates.append(linked) }
            candidates.append(String(word[split...]))
        }
        return candidates
    }

    /// Where the word may be cut (consecutive character boundaries leaving both parts long enough);
    /// nil unless every character is a letter.
    private static func splitPoints(_ word: String) -> [String.Index]? {
        var boundaries: [String.Index] = []
        if word.utf8.allSatisfy({ $0 < 0xCC }) {
            // Below U+0300 every scalar is a character of its own, and a table says which are letters
            // (Character.isLetter asks Unicode's properties each time).
            let scalars = word.unicodeScalars
            var i = scalars.startIndex
            while i < scalars.endIndex {
                guard isLetterBelowU0300[Int(scalars[i].value)] else { return nil }
                boundaries.append(i)
                scalars.formIndex(after: &i)
            }
        } else {
            var i = word.startIndex
            while i < word.endIndex {
                guard word[i].isLetter else { return nil }
                boundaries.append(i)
                i = word.index(after: i)
            }
        }
        let n = minimumPartLength
        guard boundaries.count >= 2 * n else { return nil }
        return Array(boundaries[n...(boundaries.count - n)])
    }

    /// `Character.isLetter` of each scalar below U+0300 (a character of its own there).
    static let isLetterBelowU0300: [Bool] = (0..<0x300).map { Unicode.Scalar($0).map { Character($0).isLetter } ?? false }

    /// The head before `bounds[index]` without its last letter when that is a linking -s- or -e-
    /// and the rest is still long enough ("oppfølgings" → "oppfølging").
    private static func withoutLinkingLetter(_ word: String, bounds: [String.Index], index: Int) -> String? {
        guard index > 0 else { return nil }
        let last = word[bounds[index - 1]..<bounds[index]]
        guard last == "s" || last == "e" else { return nil }
        return String(word[..<bounds[index - 1]])
    }
}
