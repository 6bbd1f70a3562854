import Foundation

/// The phrases that count in a passage, sorted by how a word matches them, for `SnippetMaker`,
/// which asks `match` of every word of the passage.
struct SnippetTerms {
    typealias Term = (term: [UInt8], phrase: Int)
    /// Equal to the word.
    private var exact: [Term] = []
    /// Beginning the word.
    private var prefixes: [Term] = []
    /// The word's stem (without `NorwegianAnalyzer.stemMarker`).
    private var stems: [Term] = []
    /// The stems long enough to be a compound's part: a word holding one may match it.
    private(set) var partStems: [Term] = []
    /// Every kind of match begins with a term's first byte: most words are ruled out by that.
    private var firstBytes = [Bool](repeating: false, count: 256)

    init(_ phrases: [RankingPlan.Phrase]) {
        for (index, phrase) in phrases.enumerated() {
            guard let term = phrase.term, let first = term.utf8.first else { continue }
            if first == UInt8(NorwegianAnalyzer.stemMarker.value) {
                stems.append((Array(term.utf8.dropFirst()), index))
            } else if phrase.isPrefix {
                prefixes.append((Array(term.utf8), index))
            } else {
                exact.append((Array(term.utf8), index))
            }
        }
        for (term, _) in exact + prefixes + stems { if let first = term.first { firstBytes[Int(first)] = true } }
        partStems = stems.filter { $0.term.count >= Decompounder.minimumPartLength }
    }

    /// The phrase the lower-case word matches, if any: exact, then prefix, then stem. Inlined into
    /// the caller's loop over every word, the first byte rules most words out before any call.
    @inline(__always)
    func match(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = word.first, firstBytes[Int(first)] else { return nil }
        return matchAfterFirstByte(word)
    }

    private func matchAfterFirstByte(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        if let hit = exact.first(where: { word.count == $0.term.count && Self.begins(word, $0.term) }) { return hit.phrase }
        if let hit = prefixes.first(where: { Self.begins(word, $0.term) }) { return hit.phrase }
        guard stems.contains(where: { Self.begins(word, $0.term) }) else { return nil }
        let stem = Array(NorwegianAnalyzer.stem(String(decoding: word, as: UTF8.self)).utf8)
        return stems.first { $0.term == stem && Self.begins(word, $0.term) }?.phrase
    }

    /// Whether the word holds the term anywhere (a compound's part).
    static func contains(_ word: UnsafeBufferPointer<UInt8>, _ term: [UInt8]) -> Bool {
        guard word.count >= term.count, let first = term.first else { return false }
        return (0...(word.count - term.count)).contains {
            word[$0] == first && begins(UnsafeBufferPointer(rebasing: word[$0...]), term)
        }
    }

    private static func begins(_ word: UnsafeBufferPointer<UInt8>, _ term: [UInt8]) -> Bool {
        word.count >= term.count && term.withUnsafeBufferPointer { memcmp(word.baseAddress!, $0.baseAddress!, term.count) == 0 }
    }
}
