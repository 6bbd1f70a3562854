/// The vocabulary's folded forms filed under hash keys, several forms a key and several keys a
/// form: the table behind `DeletionNeighbours` and `VocabularyParts`, which differ only in the keys
/// they file a form under. Open addressing over flat arrays, so a look-up allocates nothing.
struct FormTable {
    private var scalars: [UInt32] = []
    private var spans: [(start: Int, count: Int)] = []
    /// Each form's letters as bits (`letters(of:)`), to pass over a form that cannot be near.
    private var letterBits: [UInt64] = []
    /// Slot → key (0: empty) and the range of `numbers` holding the forms filed under it.
    private var slotKeys: [UInt64] = []
    private var slotRanges: [(start: Int32, count: Int32)] = []
    private var numbers: [Int32] = []

    /// Each form filed under every key `keys` gives for it.
    init(_ forms: [[UInt32]], keys: (UnsafeBufferPointer<UInt32>, (UInt64) -> Void) -> Void) {
        var pairs: [(key: UInt64, number: Int32)] = []
        for form in forms {
            let number = Int32(spans.count)
            spans.append((scalars.count, form.count))
            letterBits.append(form.withUnsafeBufferPointer(Self.letters))
            scalars.append(contentsOf: form)
            form.withUnsafeBufferPointer { f in keys(f) { pairs.append(($0, number)) } }
        }
        pairs.sort { ($0.key, $0.number) < ($1.key, $1.number) }
        // Twice as many slots as keys (not as pairs: forms share keys), so a probe ends soon.
        var keyCount = 0
        for i in pairs.indices where i == 0 || pairs[i].key != pairs[i - 1].key { keyCount += 1 }
        var capacity = 16
        while capacity < 2 * keyCount { capacity *= 2 }
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

    /// Whether a form filed under `key` passes `test`, asked only of forms whose letters could be
    /// within `limit` edits of `letters` (the word's `letters(of:)`).
    func found(_ key: UInt64, near letters: UInt64, within limit: Int, _ test: (UnsafeBufferPointer<UInt32>) -> Bool) -> Bool {
        slotKeys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key) & (keys.count - 1)
            while keys[slot] != key {
                if keys[slot] == 0 { return false }
                slot = (slot + 1) & (keys.count - 1)
            }
            let range = slotRanges[slot]
            return scalars.withUnsafeBufferPointer { all in
                spans.withUnsafeBufferPointer { spans in
                    letterBits.withUnsafeBufferPointer { bits in
                        numbers.withUnsafeBufferPointer { numbers in
                            for i in Int(range.start)..<Int(range.start + range.count) {
                                let number = Int(numbers[i])
                                // A letter one word has and the other lacks takes an edit of its own.
                                guard (letters & ~bits[number]).nonzeroBitCount <= limit,
                                      (bits[number] & ~letters).nonzeroBitCount <= limit else { continue }
                                let span = spans[number]
                                if test(UnsafeBufferPointer(rebasing: all[span.start..<(span.start + span.count)])) { return true }
                            }
                            return false
                        }
                    }
                }
            }
        }
    }

    /// The letters of a form as bits (scalar modulo 64): a bit one form has and another lacks is a
    /// letter the other lacks, which no edit of another letter supplies.
    static func letters(of form: UnsafeBufferPointer<UInt32>) -> UInt64 {
        var bits: UInt64 = 0
        for scalar in form { bits |= 1 &<< UInt64(scalar & 63) }
        return bits
    }

    /// A key from mixed bits; never 0 (the empty slot). A collision only adds candidates, which
    /// the caller's test then measures.
    static func key(_ mixed: UInt64) -> UInt64 {
        var key = mixed &* 0x9E37_79B9_7F4A_7C15
        key ^= key >> 29
        return key == 0 ? 1 : key
    }
}
