/// The index's exact word forms, held in memory for typo correction once a query has a word the
/// index does not know: comparing folded spellings as arrays of scalars is far cheaper than reading
/// every row of a length range as strings again for each unknown word. Read one length at a time,
/// when a word first needs it: a `guide search` process corrects a word or two and reads only the
/// lengths around them, not the whole vocabulary. Same choice as before: the smallest edit distance
/// within the limit, then the most common word, then the first in order.
final class CorrectionVocabulary {
    private struct Entry {
        let term: String
        let docs: Int
        /// The folded spelling: `count` scalars from `start` in `scalars`.
        let start: Int
        let count: Int
    }

    private var scalars: [UInt32] = []
    /// Entries by the length of the term in characters (as the `length` column counts it), for the lengths read so far.
    private var byLength: [Int: [Entry]] = [:]

    /// Reads the words of one length (in term order, as a scan of the whole table has them).
    private func load(length: Int, from store: IndexStore) throws {
        var entries: [Entry] = []
        for record in try store.exactForms(length: length) {
            guard let folded = record.folded else { continue }
            let start = scalars.count
            scalars.append(contentsOf: folded.unicodeScalars.map(\.value))
            entries.append(Entry(term: record.term, docs: record.passages, start: start, count: scalars.count - start))
        }
        byLength[length] = entries
    }

    /// The closest indexed word to `word` (typed, `length` characters) by its folded spelling, within `limit` edits.
    func closest(folded: String, length: Int, limit: Int, in store: IndexStore) throws -> String? {
        for candidateLength in (length - limit)...(length + limit) where byLength[candidateLength] == nil {
            try load(length: candidateLength, from: store)
        }
        let query = folded.unicodeScalars.map(\.value)
        var best: (term: String, distance: Int, docs: Int)?
        scalars.withUnsafeBufferPointer { all in
            query.withUnsafeBufferPointer { q in
                for candidateLength in (length - limit)...(length + limit) {
                    for entry in byLength[candidateLength] ?? [] where abs(entry.count - q.count) <= limit {
                        let candidate = UnsafeBufferPointer(rebasing: all[entry.start..<(entry.start + entry.count)])
                        guard Self.mayBeWithin(limit, q, candidate) else { continue }
                        let distance = Self.distance(q, candidate, limit: limit)
                        guard distance <= limit else { continue }
                        if let current = best, (distance, -entry.docs, entry.term) >= (current.distance, -current.docs, current.term) {
                            continue
                        }
                        best = (entry.term, distance, entry.docs)
                    }
                }
            }
        }
        return best?.term
    }

    /// A cheap necessary condition for `distance(a, b) <= limit` (1 or 2): split `a` into
    /// `limit + 1` parts; `limit` edits leave one part untouched, so `b` begins with the first,
    /// ends with the last, or (for 2) holds the middle one within `limit` places of where `a` has it.
    static func mayBeWithin(_ limit: Int, _ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Bool {
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

    /// Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit` (as `Spelling.distance`).
    static func distance(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>, limit: Int) -> Int {
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
            return previous[b.count]
        }
    }
}
