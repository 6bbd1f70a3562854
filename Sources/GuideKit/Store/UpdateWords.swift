/// The words an in-place update tokenizes (`IndexStore.openForUpdate`): those of the passages it
/// deletes (FTS5 re-tokenizes them) and writes. Compounds are split against the index's vocabulary;
/// rather than reading all of it, the update reads only the strings `Decompounder` may look up for
/// these words, and the words themselves (whether each is in the vocabulary).
public struct UpdateWords: Sendable {
    /// Every document word seen.
    public private(set) var words: Set<String> = []
    /// The words and their possible compound parts: what is looked up in the vocabulary.
    public private(set) var lookedUp: Set<String> = []

    public init() {}

    /// Adds the words of a text as the analyzer reads a document.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            WordScanner().words(in: bytes) { word, _, _ in
                if words.insert(word).inserted {
                    lookedUp.insert(word)
                    lookedUp.formUnion(Decompounder.candidates(of: word))
                }
                return true
            }
        }
    }

    /// Whether every word of `text` was seen: then the split vocabulary read covers it.
    public func cover(_ text: String) -> Bool {
        var text = text, covered = true
        text.withUTF8 { bytes in
            WordScanner().words(in: bytes) { word, _, _ in
                covered = words.contains(word)
                return covered
            }
        }
        return covered
    }
}
