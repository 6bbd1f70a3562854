/// The bits that say a passage holds each query word, laid out flat so scoring a passage's coverage
/// allocates nothing: a word is held in a column when every phrase of one of its alternatives is;
/// words searched with the same spelling form a group, and a group held counts all its words.
struct CoverageMasks {
    /// Every alternative's (bit word, mask) pairs, one after another.
    private var pairs: [(word: Int, mask: UInt64)] = []
    /// Per alternative, its range in `pairs`; per word, its range of alternatives.
    private var alternatives: [Range<Int>] = []
    private var words: [Range<Int>] = []
    /// Per spelling group, its words and their summed weight.
    private var groups: [(words: [Int], weight: Double)] = []
    private let totalWeight: Double

    init(_ plan: RankingPlan) {
        totalWeight = plan.totalWeight
        for word in plan.words {
            let first = alternatives.count
            for alternative in word.alternatives {
                let start = pairs.count
                pairs += Self.masks(alternative)
                alternatives.append(start..<pairs.count)
            }
            words.append(first..<alternatives.count)
        }
        // Group numbers count from 0 (`RankingPlan`): each one's place in `groups`, by number.
        var place = [Int?](repeating: nil, count: (plan.words.map(\.group).max() ?? -1) + 1)
        for (w, word) in plan.words.enumerated() {
            if let g = place[word.group] {
                groups[g].words.append(w)
                groups[g].weight += word.weight
            } else {
                place[word.group] = groups.count
                groups.append(([w], word.weight))
            }
        }
    }

    /// The bits of a set of phrases, as (bit word, mask) pairs in bit-word order. An alternative
    /// holds a few phrases: they are gathered in an array, not a dictionary.
    static func masks(_ phrases: [Int]) -> [(word: Int, mask: UInt64)] {
        var masks: [(word: Int, mask: UInt64)] = []
        for p in phrases {
            let bit = UInt64(1) << UInt64(p & 63)
            if let index = masks.firstIndex(where: { $0.word == p >> 6 }) { masks[index].mask |= bit } else { masks.append((p >> 6, bit)) }
        }
        return masks.sorted { $0.word < $1.word }
    }

    /// Whether word `w` is held in the column whose bits are `bits` (the passage's from `base`).
    func holds(_ w: Int, in bits: UnsafeMutableBufferPointer<UInt64>, base: Int) -> Bool {
        alternatives[words[w]].contains { range in
            pairs[range].allSatisfy { bits[base + $0.word] & $0.mask == $0.mask }
        }
    }

    /// What a passage holds of the query, as shares of the query's weight: `coverage`, what it
    /// holds anywhere; `text`, in its text; `content`, in its text or else in its heading by the
    /// word's heading weight; `heading`, in its heading by that weight. `headingWeight(w)` says how
    /// much word `w` in this passage's heading tells (`HeadingShares`: little when most passages of
    /// the guideline carry it there); a group takes its best word's.
    /// `counts(w)` false leaves word `w` out (a group counts when one of its words does); the shares
    /// stay of the whole query's weight.
    func coverage(heading: UnsafeMutableBufferPointer<UInt64>, text: UnsafeMutableBufferPointer<UInt64>, base: Int,
                  headingWeight: (Int) -> Double, counts: (Int) -> Bool = { _ in true }) -> Coverage {
        var result = Coverage()
        for group in groups where group.words.contains(where: counts) {
            let inText = group.words.contains { holds($0, in: text, base: base) }
            var headingShare = -1.0
            for w in group.words where holds(w, in: heading, base: base) { headingShare = max(headingShare, headingWeight(w)) }
            if inText || headingShare >= 0 { result.coverage += group.weight }
            if inText { result.text += group.weight }
            if headingShare >= 0 { result.heading += group.weight * headingShare }
            result.content += group.weight * (inText ? 1 : max(headingShare, 0))
        }
        result.coverage /= totalWeight
        result.text /= totalWeight
        result.heading /= totalWeight
        result.content /= totalWeight
        return result
    }

    /// Shares of the query's weight (see `coverage`).
    struct Coverage {
        var coverage = 0.0, text = 0.0, content = 0.0, heading = 0.0
    }
}
