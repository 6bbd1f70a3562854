import GuideKit

/// Which word-list forms the index must hold: those a query correction could otherwise turn into
/// another word — not in the corpus, but equal to an indexed form without æ ø å, or within the
/// correction's edit limit of one, or one swap of neighbouring letters from one (which correction
/// counts as one edit). Any other form is never corrected anyway, so storing it would
/// only grow the index (the lists hold ~1.3 million forms; a corpus reaches a few percent of them).
///
/// Exact, and cheap enough to run over every form once per build: candidates are looked up by
/// hash, then each is measured. Within one edit (forms of 4–9 letters), by the form and each form
/// with one letter deleted (`DeletionNeighbours`: two words within one edit share one); within
/// two (10 letters or more), by the same pigeonhole rule as `EditDistance.mayBeWithin` (split the
/// form into three parts; one is untouched, so an indexed form begins with the first, ends with
/// the last or holds the middle near its place: `VocabularyParts`). No allocation per form: the
/// loop runs 1.3 million times, also in debug builds.
enum WordFormSelection {
    /// Longer forms (none in the lists) are skipped rather than given a bigger buffer.
    private static let maximumLength = 64

    /// Vocabulary forms indexed at once: the neighbour and parts tables take a few KB a form, so a
    /// larger corpus's vocabulary is taken a slice at a time (each slice's tables measured against the
    /// whole list), which bounds the memory whatever the corpus; a form any slice reaches is kept, as
    /// with one table. At 1000× (82,000 forms) this was the build's peak: 202 MB with 32,768, 165 MB
    /// with 16,384, in the same time (before the table had slots by keys, not by pairs: at 100× the
    /// build's peak fell from 118 to 92 MB).
    static let sliceSize = 16_384

    static func forms(of list: NorwegianWordList, reachableFrom vocabulary: [String], sliceSize: Int = sliceSize) -> [String] {
        let known = Set(vocabulary)
        // Shortest first, so a slice holds forms of a few lengths, and a word-list form more than
        // two letters shorter or longer than all of them (no edit limit reaches that far) is not
        // even folded for it: each form is looked up in the one or two slices near its length,
        // not in every slice.
        let folded = vocabulary.map { Spelling.folded($0).unicodeScalars.map(\.value) }.sorted { $0.count < $1.count }
        // Slices of even size: two slices of half the forms each span fewer lengths than a full one and a rest.
        let slices = (folded.count + sliceSize - 1) / sliceSize
        let size = slices == 0 ? 0 : (folded.count + slices - 1) / slices
        var selected = Set<String>()
        var start = 0
        while start < folded.count {
            let slice = Array(folded[start..<min(start + size, folded.count)])
            let lengths = max(0, slice[0].count - 2)...(slice[slice.count - 1].count + 2)
            selected.formUnion(forms(of: list, lengths: lengths, neighbours: DeletionNeighbours(slice),
                                     parts: VocabularyParts(slice), known: known))
            start += size
        }
        return selected.sorted()
    }

    /// The forms of the list that a slice's tables reach and the vocabulary does not hold; only
    /// forms whose folded length is within `lengths` (the slice's lengths, two letters either side)
    /// are looked up.
    private static func forms(
        of list: NorwegianWordList, lengths: ClosedRange<Int>, neighbours: DeletionNeighbours, parts: VocabularyParts,
        known: Set<String>
    ) -> Set<String> {
        // Each Latin-1 letter folded as `Spelling` folds it: æ → a e, ø → o … (at most two scalars).
        let folding = (0...255).map { byte in Spelling.folded(String(Unicode.Scalar(UInt8(byte)))).unicodeScalars.map(\.value) }
        let first = folding.map { $0.first ?? 0 }, second = folding.map { $0.count > 1 ? $0[1] : 0 }
        var selected = Set<String>()
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * maximumLength) { folded in
            list.bytes.withUnsafeBufferPointer { bytes in
                var start = 0
                for (number, end) in list.ends.enumerated() {
                    defer { start = end }
                    // Folding gives one or two scalars a byte.
                    guard end - start <= maximumLength, end - start <= lengths.upperBound,
                          2 * (end - start) >= lengths.lowerBound else { continue }
                    var count = 0
                    for i in start..<end {
                        let byte = Int(bytes[i])
                        folded[count] = first[byte]
                        count += 1
                        if second[byte] != 0 {
                            folded[count] = second[byte]
                            count += 1
                        }
                    }
                    guard lengths.contains(count) else { continue }
                    let word = UnsafeBufferPointer(rebasing: folded[0..<count])
                    let reached = switch QueryAnalysis.correctionEditLimit(length: end - start) {
                    case 0: neighbours.contains(word)
                    case 1: neighbours.reachesWithinOne(word)
                    default: parts.reachesWithinTwo(word)
                    }
                    if reached {
                        let form = list.form(number)
                        if !known.contains(form) { selected.insert(form) }
                    }
                }
            }
        }
        return selected
    }
}
