/// Levenshtein distance: the fewest insertions, deletions and substitutions that turn one sequence
/// into another. One implementation, over buffers of `UInt32`: typo correction runs it on Unicode
/// scalar values for thousands of indexed words per unknown word (its hot path: two rows in one
/// stack allocation, no arrays, no bounds checks); strings are compared character by character,
/// each distinct `Character` numbered first. Concrete rather than generic on purpose: as a generic
/// the prefilter's slice comparisons were no longer inlined, +0.7 % instructions in correction (callgrind).
public enum EditDistance {
    /// The distance between two strings compared character by character ("å" written as a + ring is
    /// the same character as "å"), giving up (returning `limit + 1`) once it must exceed `limit`;
    /// without a limit, the whole distance.
    public static func distance(_ a: String, _ b: String, limit: Int? = nil) -> Int {
        var numbers: [Character: UInt32] = [:]
        func numbered(_ text: String) -> [UInt32] {
            text.map { character in
                if let number = numbers[character] { return number }
                let number = UInt32(numbers.count)
                numbers[character] = number
                return number
            }
        }
        let a = numbered(a), b = numbered(b)
        // No distance exceeds the longer length, so that is the limit that never gives up.
        let limit = limit ?? max(a.count, b.count)
        return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in distance(a, b, limit: limit) } }
    }

    /// The distance between two buffers, giving up (returning `limit + 1`) once it must exceed `limit`:
    /// when the lengths differ by more, or when a whole row of the table is above it.
    public static func distance(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
            var previous = UnsafeMutableBufferPointer(rebasing: rows[0...b.count])
            var current = UnsafeMutableBufferPointer(rebasing: rows[(b.count + 1)...])
            for j in 0...b.count { previous[j] = j }
            for i in 1...a.count {
                current[0] = i
                var rowMinimum = i
                for j in 1...b.count {
                    let value = a[i - 1] == b[j - 1] ? previous[j - 1] : 1 + min(previous[j - 1], previous[j], current[j - 1])
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                swap(&previous, &current)
            }
            return min(previous[b.count], limit + 1)
        }
    }

    /// A cheap necessary condition for `distance(a, b) <= limit` (1 or 2), to rule most words out
    /// before computing it: split `a` into `limit + 1` parts; `limit` edits leave one part untouched,
    /// so `b` begins with the first, ends with the last, or (for 2) holds the middle one within
    /// `limit` places of where `a` has it. Always true for other limits and for words too short to split.
    public static func mayBeWithin(_ limit: Int, _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Bool {
        let part = a.count / (limit + 1)
        guard part > 0, limit <= 2 else { return true }
        if b.starts(with: a[..<part]) || b.reversed().starts(with: a[(a.count - part)...].reversed()) { return true }
        guard limit == 2 else { return false }
        let middle = a[part..<(a.count - part)]
        for offset in max(0, part - limit)...(part + limit) where offset + middle.count <= b.count {
            if b[offset..<(offset + middle.count)].elementsEqual(middle) { return true }
        }
        return false
    }

    /// Whether `b` is `a` with two neighbouring letters swapped ("epikirse" / "epikrise"): the
    /// commonest typo, which correction counts as one edit where Levenshtein counts two.
    public static func isAdjacentTransposition(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Bool {
        guard a.count == b.count, a.count >= 2 else { return false }
        var i = 0
        while i < a.count && a[i] == b[i] { i += 1 }
        guard i + 1 < a.count, a[i] != a[i + 1], a[i] == b[i + 1], a[i + 1] == b[i] else { return false }
        var j = i + 2
        while j < a.count && a[j] == b[j] { j += 1 }
        return j == a.count
    }

    /// Exactly `distance(a, b, limit: limit) <= limit`, without the table: a common prefix or suffix
    /// never changes the distance, and once both are set aside the first letters differ, so an edit
    /// is there — a substitution, a deletion or an insertion — and the rest must be within one edit
    /// less. Cheaper than the table for limits of 1 or 2 (then at most nine branches), as when a
    /// build measures every form of a word list.
    public static func isWithin(_ limit: Int, _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Bool {
        isWithin(limit, a, 0, a.count, b, 0, b.count)
    }

    /// `a[aStart..<aEnd]` against `b[bStart..<bEnd]`, by index: slicing allocates generic metadata
    /// in a debug build, where tests run this over a whole word list.
    private static func isWithin(_ limit: Int, _ a: UnsafeBufferPointer<UInt32>, _ aStart: Int, _ aEnd: Int,
                                 _ b: UnsafeBufferPointer<UInt32>, _ bStart: Int, _ bEnd: Int) -> Bool {
        var aStart = aStart, bStart = bStart, aEnd = aEnd, bEnd = bEnd
        guard abs((aEnd - aStart) - (bEnd - bStart)) <= limit else { return false }
        while aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart] { aStart += 1; bStart += 1 }
        while aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1] { aEnd -= 1; bEnd -= 1 }
        if max(aEnd - aStart, bEnd - bStart) <= limit { return true }
        guard limit > 0, aStart < aEnd, bStart < bEnd else { return false }
        return isWithin(limit - 1, a, aStart + 1, aEnd, b, bStart + 1, bEnd)
            || isWithin(limit - 1, a, aStart + 1, aEnd, b, bStart, bEnd)
            || isWithin(limit - 1, a, aStart, aEnd, b, bStart + 1, bEnd)
    }
}
