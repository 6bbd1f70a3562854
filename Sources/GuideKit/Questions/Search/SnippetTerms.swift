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
    /// The stems long enough to be a compound's part: a word holding one may match it. Their bytes
    /// are kept one after another, so the test every unmatched word gets reads them in place.
    private(set) var partPhrases: [Int] = []
    private var partRanges: [Range<Int>] = []
    private var partBytes: [UInt8] = []
    private var shortestPart = Int.max
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
        for (term, phrase) in stems where term.count >= Decompounder.minimumPartLength {
            partPhrases.append(phrase)
            partRanges.append(partBytes.count..<(partBytes.count + term.count))
            partBytes += term
            shortestPart = min(shortestPart, term.count)
        }
    }

    /// Calls `body` with the place in `partPhrases` of each part stem the word holds, in order.
    @inline(__always)
    func forEachPart(heldBy word: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard word.count >= shortestPart else { return }
        partBytes.withUnsafeBufferPointer { bytes in
            for (index, range) in partRanges.enumerated() where range.count <= word.count {
                let first = bytes[range.lowerBound]
                for offset in 0...(word.count - range.count) where word[offset] == first {
                    if memcmp(word.baseAddress! + offset, bytes.baseAddress! + range.lowerBound, range.count) == 0 {
                        body(index)
                        break
                    }
                }
            }
        }
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

    private static func begins(_ word: UnsafeBufferPointer<UInt8>, _ term: [UInt8]) -> Bool {
        word.count >= term.count && term.withUnsafeBufferPointer { memcmp(word.baseAddress!, $0.baseAddress!, term.count) == 0 }
    }
}
