/// The index's exact word forms, held in memory for typo correction once a query has a word the
/// index does not know: comparing folded spellings as arrays of scalars is far cheaper than reading
/// every row of a length range as strings again for each unknown word. Read one length at a time,
/// when a word first needs it: a `guide search` process corrects a word or two and reads only the
/// lengths around them, not the whole vocabulary. Same choice as before: the smallest edit distance
/// within the limit (two swapped neighbours counting one edit), then the most common word, then the
/// first in order; never a filler word.
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
            guard let folded = record.folded, !Stopwords.contains(record.term) else { continue }
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
                        // Two swapped neighbours count as one edit, and may straddle the prefilter's parts.
                        let swapped = EditDistance.isAdjacentTransposition(q, candidate)
                        guard swapped || EditDistance.mayBeWithin(limit, q, candidate) else { continue }
                        let distance = swapped ? 1 : EditDistance.distance(q, candidate, limit: limit)
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
}
