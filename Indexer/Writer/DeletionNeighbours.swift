import GuideKit

/// The vocabulary's folded forms filed under themselves and under each form with one letter
/// deleted: what `WordFormSelection` asks of every word-list form whose correction limit is 0 or 1.
/// Two words within one edit (or one swap of neighbouring letters) share such a variant, and a
/// variant keeps all but one letter, so a look-up finds only near neighbours — its cost does not
/// grow with the vocabulary, as a look-up by a shared first half does (a corpus with many forms
/// of one stem made that half's bucket hold them all). An open-addressing table over flat arrays;
/// a look-up allocates nothing.
struct DeletionNeighbours {
    private var scalars: [UInt32] = []
    private var spans: [(start: Int, count: Int)] = []
    /// Slot → hash key (0: empty) and the range of `numbers` holding the forms with that variant.
    private var slotKeys: [UInt64] = []
    private var slotRanges: [(start: Int32, count: Int32)] = []
    private var numbers: [Int32] = []

    init(_ folded: [[UInt32]]) {
        var pairs: [(key: UInt64, number: Int32)] = []
        for form in folded {
            let number = Int32(spans.count)
            spans.append((scalars.count, form.count))
            scalars.append(contentsOf: form)
            form.withUnsafeBufferPointer { f in
                Self.variants(of: f) { pairs.append(($0, number)) }
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

    /// Whether some vocabulary form equals `word` (folded).
    func contains(_ word: UnsafeBufferPointer<UInt32>) -> Bool {
        found(Self.key(Self.hash(word, skipping: -1), word.count)) { EditDistance.isWithin(0, word, $0) }
    }

    /// Whether some vocabulary form is within one edit of `word` (folded), or is `word` with two
    /// neighbouring letters swapped, which query correction counts as one edit
    /// (`EditDistance.isAdjacentTransposition`).
    func reachesWithinOne(_ word: UnsafeBufferPointer<UInt32>) -> Bool {
        var reached = false
        Self.variants(of: word) { key in
            guard !reached else { return }
            reached = found(key) { EditDistance.isWithin(1, word, $0) || EditDistance.isAdjacentTransposition(word, $0) }
        }
        return reached
    }

    /// Each variant's key: the form itself, then the form without its letter `i` for each `i`
    /// (one of a run of equal letters: deleting any gives the same variant).
    private static func variants(of form: UnsafeBufferPointer<UInt32>, _ body: (UInt64) -> Void) {
        body(key(hash(form, skipping: -1), form.count))
        for i in 0..<form.count where i == 0 || form[i] != form[i - 1] {
            body(key(hash(form, skipping: i), form.count - 1))
        }
    }

    /// Whether a form filed under `key` passes `test`.
    private func found(_ key: UInt64, _ test: (UnsafeBufferPointer<UInt32>) -> Bool) -> Bool {
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
                            if test(UnsafeBufferPointer(rebasing: all[span.start..<(span.start + span.count)])) { return true }
                        }
                        return false
                    }
                }
            }
        }
    }

    /// FNV-1a over the scalars but the one at `skipping` (-1: none).
    private static func hash(_ scalars: UnsafeBufferPointer<UInt32>, skipping: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<scalars.count where i != skipping { hash = (hash ^ UInt64(scalars[i])) &* 0x100_0000_01b3 }
        return hash
    }

    /// The variant's hash mixed with its length; never 0 (the empty slot). A collision only adds
    /// candidates, which are then tested.
    private static func key(_ hash: UInt64, _ length: Int) -> UInt64 {
        var key = (hash ^ (UInt64(truncatingIfNeeded: length) &<< 48)) &* 0x9E37_79B9_7F4A_7C15
        key ^= key >> 29
        return key == 0 ? 1 : key
    }
}
