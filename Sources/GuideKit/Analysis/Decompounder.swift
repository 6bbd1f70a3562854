/// Splits closed Norwegian compounds into two known words ("oppfølgingsplan" → "oppfølging" + "plan",
/// "pårørendeavtale" → "pårørende" + "avtale"), allowing the linking letters -s- and -e-.
/// "Known" means: standing as a word of its own in the corpus, so the split follows the texts.
public struct Decompounder: Sendable {
    /// Both parts must be at least this long, so "sengeliggende" does not yield "sen".
    public static let minimumPartLength = 4
    private let words: Set<String>

    public init(vocabulary: Set<String>) {
        words = vocabulary.filter { $0.count >= Self.minimumPartLength }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// The two parts, or nil when the word is not a compound of known words. The longest known
    /// tail wins ("helsepersonell" → "helse" + "personell", not "helseperson" + "ell").
    public func parts(of word: String) -> [String]? {
        let characters = Array(word)
        let n = Self.minimumPartLength
        guard characters.count >= 2 * n, characters.allSatisfy(\.isLetter) else { return nil }
        for split in n...(characters.count - n) {
            let tail = String(characters[split...])
            guard words.contains(tail) else { continue }
            let head = String(characters[..<split])
            if words.contains(head) { return [head, tail] }
            if let last = head.last, last == "s" || last == "e", head.count > n, words.contains(String(head.dropLast())) {
                return [String(head.dropLast()), tail]
            }
        }
        return nil
    }
}
