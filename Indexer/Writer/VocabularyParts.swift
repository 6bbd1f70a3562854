import GuideKit

/// The vocabulary's folded forms and, by hash, which of them a word of a given length could reach
/// within two edits by its untouched first, last or middle part: what `WordFormSelection` asks of
/// every word-list form whose correction limit is 2 (limits 0 and 1: `DeletionNeighbours`).
struct VocabularyParts {
    private enum Kind: UInt64 { case prefix = 1, suffix, placed }
    private static let limit = 2

    private let table: FormTable

    init(_ vocabulary: [[UInt32]]) {
        let limit = Self.limit
        table = FormTable(vocabulary) { f, file in
            let count = f.count
            // Filed under every word length `n` that could reach this form, with the parts such
            // a word is split into, so a word asks one key a part.
            for n in max(1, count - limit)...(count + limit) {
                let part = n / (limit + 1)
                guard part > 0, part <= count else { continue }
                file(Self.key(.prefix, Self.filing(limit, n), Self.hash(f, 0, part)))
                file(Self.key(.suffix, Self.filing(limit, n), Self.hash(f, count - part, count)))
                // The middle, moved by at most one place by an edit in the first part.
                let middle = n - 2 * part
                for start in max(0, part - 1)...(part + 1) where start + middle <= count {
                    file(Self.key(.placed, Self.filing(limit, n), Self.hash(f, start, start + middle)))
                }
            }
        }
    }

    /// Whether some vocabulary form is within two edits of `word` (folded; at least three letters).
    func reachesWithinTwo(_ word: UnsafeBufferPointer<UInt32>) -> Bool {
        let limit = Self.limit, n = word.count, part = n / (limit + 1)
        guard part > 0 else { return false }
        let filing = Self.filing(limit, n), letters = FormTable.letters(of: word)
        if measured(Self.key(.prefix, filing, Self.hash(word, 0, part)), word, letters, limit)
            || measured(Self.key(.suffix, filing, Self.hash(word, n - part, n)), word, letters, limit) { return true }
        // Both ends touched: one edit in each, so the middle is untouched (filed with its place ± 1).
        return measured(Self.key(.placed, filing, Self.hash(word, part, n - part)), word, letters, limit)
    }

    /// Whether a form listed under `key` is within `limit` edits of `word` (whose letters are `letters`).
    private func measured(_ key: UInt64, _ word: UnsafeBufferPointer<UInt32>, _ letters: UInt64, _ limit: Int) -> Bool {
        table.found(key, near: letters, within: limit) { EditDistance.isWithin(limit, word, $0) }
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

    /// The part's hash mixed with its kind and filing.
    private static func key(_ kind: Kind, _ place: UInt64, _ hash: UInt64) -> UInt64 {
        FormTable.key(hash ^ (kind.rawValue &<< 56) ^ (place &<< 32))
    }
}
