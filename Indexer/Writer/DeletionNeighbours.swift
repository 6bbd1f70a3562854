import GuideKit

/// The vocabulary's folded forms filed under themselves and under each form with one letter
/// deleted: what `WordFormSelection` asks of every word-list form whose correction limit is 0 or 1.
/// Two words within one edit (or one swap of neighbouring letters) share such a variant, and a
/// variant keeps all but one letter, so a look-up finds only near neighbours — its cost does not
/// grow with the vocabulary, as a look-up by a shared first half does (a corpus with many forms
/// of one stem made that half's bucket hold them all).
struct DeletionNeighbours {
    private let table: FormTable

    init(_ folded: [[UInt32]]) {
        table = FormTable(folded, keys: Self.variants)
    }

    /// Whether some vocabulary form equals `word` (folded).
    func contains(_ word: UnsafeBufferPointer<UInt32>) -> Bool {
        table.found(Self.key(Self.hash(word, skipping: -1), word.count), near: FormTable.letters(of: word), within: 0) {
            EditDistance.isWithin(0, word, $0)
        }
    }

    /// Whether some vocabulary form is within one edit of `word` (folded), or is `word` with two
    /// neighbouring letters swapped, which query correction counts as one edit
    /// (`EditDistance.isAdjacentTransposition`).
    func reachesWithinOne(_ word: UnsafeBufferPointer<UInt32>) -> Bool {
        var reached = false
        let letters = FormTable.letters(of: word)
        Self.variants(of: word) { key in
            guard !reached else { return }
            // A swap of two letters keeps the letters.
            reached = table.found(key, near: letters, within: 1) {
                EditDistance.isWithin(1, word, $0) || EditDistance.isAdjacentTransposition(word, $0)
            }
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

    /// FNV-1a over the scalars but the one at `skipping` (-1: none).
    private static func hash(_ scalars: UnsafeBufferPointer<UInt32>, skipping: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<scalars.count where i != skipping { hash = (hash ^ UInt64(scalars[i])) &* 0x100_0000_01b3 }
        return hash
    }

    /// The variant's hash mixed with its length.
    private static func key(_ hash: UInt64, _ length: Int) -> UInt64 {
        FormTable.key(hash ^ (UInt64(truncatingIfNeeded: length) &<< 48))
    }
}
