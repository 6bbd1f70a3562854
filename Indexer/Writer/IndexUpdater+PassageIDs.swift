/// The ids of the passages an in-place update replaces, handed in ascending order to the passages
/// written in their place (`IndexWriter`), so that a passage written as it was keeps its id and the
/// posting lists of its terms stay as they are (`IndexUpdater`). Passages beyond them take new ids,
/// larger than every one; ids left over are removed.
final class ReusedPassageIDs {
    private var ids: ArraySlice<Int>
    /// How many were handed out.
    private(set) var used = 0

    init(_ ids: [Int]) {
        self.ids = ids.sorted()[...]
    }

    /// The next id to reuse, nil when none is left (the passage takes a new one).
    func next() -> Int? {
        guard let id = ids.popFirst() else { return nil }
        used += 1
        return id
    }

    /// The ids not handed out: their passages are gone.
    var left: [Int] { Array(ids) }
}
