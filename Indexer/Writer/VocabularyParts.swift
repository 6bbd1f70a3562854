import GuideKit

/// The vocabulary's folded forms and, by hash, which of them a word of a given length could reach
/// within two edits by its untouched first, last or middle part: what `WordFormSelection` asks of
/// every word-list form whose correction limit is 2 (limits 0 and 1: `DeletionNeighbours`). An
/// open-addressing table over flat arrays, so a look-up allocates nothing.
struct VocabularyParts {
    private enum Kind: UInt64 { case prefix = 1, suffix, placed }
    private static let limit = 2

    private var scalars: [UInt32] = []
    private var spans: [(start: Int, count: Int)] = []
    /// Slot → hash key (0: empty) and the range of `numbers` holding the forms with that part.
    private var slotKeys: [UInt64] = []
    private var slotRanges: [(start: Int32, count: Int32)] = []
    private var numbers: [Int32] = []

    init(_ vocabulary: [[UInt32]]) {
        let limit = Self.limit
        var pairs: [(key: UInt64, number: Int32)] = []
        for folded in vocabulary {
            let number = Int32(spans.count)
            spans.append((scalars.count, folded.count))
            scalars.append(contentsOf: folded)
            let count = folded.count
            folded.withUnsafeBufferPointer { f in
                // Filed under every word length `n` that could reach this form, with the parts such
                // a word is split into, so a word asks one key a part.
                for n in max(1, count - limit)...(count + limit) {
                    let part = n / (limit + 1)
                    guard part > 0, part <= count else { continue }
                    pairs.append((Self.key(.prefix, Self.filing(limit, n), Self.hash(f, 0, part)), number))
                    pairs.append((Self.key(.suffix, Self.filing(limit, n), Self.hash(f, count - part, count)), number))
                    // The middle, moved by at most one place by an edit in the first part.
                    let middle = n - 2 * part
                    for start in max(0, part - 1)...(part + 1) where start + middle <= count {
                        pairs.append((Self.key(.placed, Self.filing(limit, n), Self.hash(f, start, start + middle)), number))
                    }
                }
            }
        }
        pairs.sort { ($0.key, $0.number) < ($1.key, $1.number) }
        var capacity = 16
        while capacity < 2 * pairs.count { capacity *= 2 }
        slotKeys = Array(repeating: 0, count: capacity)
        slotRanges = Array(repeating: (0, 0), count: capacity)
        var i = 0
        while i < pairs.count {
            let key = pairs[i].key, start = numbers.count
            while i < pairs.count && pairs[i].key == key {
                if numbers.count == start || numbers[numbers.count - 1] != pairs[i].number { numbers.append(pairs[i].number) }
                i += 1
            }
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while slotKeys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slotKeys[slot] = key
            slotRanges[slot] = (Int32(start), Int32(numbers.count - start))
        }
    }

    /// Whether some vocabulary form is within two edits of `word` (folded; at least three letters).
    func reachesWithinTwo(_ word: UnsafeBufferPointer<UInt32>) -> Bool {
        let limit = Self.limit, n = word.count, part = n / (limit + 1)
        guard part > 0 else { return false }
        let filing = Self.filing(limit, n)
        if measured(Self.key(.prefix, filing, Self.hash(word, 0, part)), word, limit)
            || measured(Self.key(.suffix, filing, Self.hash(word, n - part, n)), word, limit) { return true }
        // Both ends touched: one edit in each, so the middle is untouched (filed with its place ± 1).
        return measured(Self.key(.placed, filing, Self.hash(word, part, n - part)), word, limit)
    }

    /// Whether a form listed under `key` is within `limit` edits of `word`.
    private func measured(_ key: UInt64, _ word: UnsafeBufferPointer<UInt32>, _ limit: Int) -> Bool {
        slotKeys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key) & (keys.count - 1)
            while keys[slot] != key {
                if keys[slot] == 0 { return false }
                slot = (slot + 1) & (keys.count - 1)
            }
            let range = slotRanges[slot]
            return scalars.withUnsafeBufferPointer { all in
                spans.withUnsafeBufferPointer { spans in
                    numbers.withUnsafeBufferPointer { numbers in
                        for i in Int(range.start)..<Int(range.start + range.count) {
                            let span = spans[Int(numbers[i])]
                            let candidate = UnsafeBufferPointer(rebasing: all[span.start..<(span.start + span.count)])
                            if EditDistance.isWithin(limit, word, candidate) { return true }
                        }
                        return false
                    }
                }
            }
        }
    }

    /// The word length and limit a part is filed under, as one number for `key`.
    private static func filing(_ limit: Int, _ length: Int) -> UInt64 {
        UInt64(truncatingIfNeeded: limit) &<< 16 | UInt64(truncatingIfNeeded: length)
    }

    /// FNV-1a over scalars `from..<to`.
    private static func hash(_ scalars: UnsafeBufferPointer<UInt32>, _ from: Int, _ to: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in from..<to { hash = (hash ^ UInt64(scalars[i])) &* 0x100_0000_01b3 }
        return hash
    }

    /// The part's hash mixed with its kind and filing; never 0 (the empty slot). A collision only
    /// adds candidates, which are then measured.
    private static func key(_ kind: Kind, _ place: UInt64, _ hash: UInt64) -> UInt64 {
        var key = (hash ^ (kind.rawValue &<< 56) ^ (place &<< 32)) &* 0x9E37_79B9_7F4A_7C15
        key ^= key >> 29
        return key == 0 ? 1 : key
    }
}
