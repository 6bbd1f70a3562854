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

    /// The share of the query's weight held anywhere, and in the heading.
    func coverage(heading: UnsafeMutableBufferPointer<UInt64>, text: UnsafeMutableBufferPointer<UInt64>, base: Int)
        -> (coverage: Double, headingCoverage: Double) {
        var covered = 0.0, inHeading = 0.0
        for group in groups {
            if group.words.contains(where: { holds($0, in: heading, base: base) }) {
                covered += group.weight
                inHeading += group.weight
            } else if group.words.contains(where: { holds($0, in: text, base: base) }) {
                covered += group.weight
            }
        }
        return (covered / totalWeight, inHeading / totalWeight)
    }
}
