import GuideKit

/// Which content-API products an in-place update replaces when JSON files changed: one product is
/// read from many files, and a file may move from one product to another (an item moved, a fragment
/// joined by its newly synced parent). Starting from the changed files, the guidelines the index
/// read from them and the products now assembled from them are taken together, with all their files,
/// until nothing more joins: every guideline that may read differently is replaced, the rest stay.
struct ContentUpdateScope {
    /// The ids of the index's guidelines that go.
    var replacedIDs: Set<String> = []
    /// The products read anew, each with the id a full build gives it.
    var products: [(ContentAPIReader.Product, id: String)] = []
    /// The files of both.
    var files: Set<String> = []

    /// Nil when the update cannot be mapped safely (a product kept as it is would get another id
    /// from a full build): then only a full rebuild will do.
    init?(changed: Set<String>, products all: [ContentAPIReader.Product], ids: [String], index: IndexStore) throws {
        let indexed = Set(try index.guidelineSources().map(\.id))
        var chosen = Set<Int>(), filesSeen = Set<String>()
        files = changed
        while true {
            let before = (files.count, replacedIDs.count, chosen.count)
            for path in files.subtracting(filesSeen) {
                replacedIDs.formUnion(try index.guidelineIDs(readFrom: path))
            }
            filesSeen = files
            for id in replacedIDs { files.formUnion(try index.files(ofGuideline: id)) }
            for (offset, product) in all.enumerated() where !chosen.contains(offset) {
                if replacedIDs.contains(ids[offset]) || !product.files.isDisjoint(with: files) {
                    chosen.insert(offset)
                    files.formUnion(product.files)
                }
            }
            if before == (files.count, replacedIDs.count, chosen.count) && filesSeen == files { break }
        }
        // A product left alone must be in the index under the id a full build gives it.
        for offset in all.indices where !chosen.contains(offset) {
            guard indexed.contains(ids[offset]), !replacedIDs.contains(ids[offset]) else { return nil }
        }
        products = chosen.sorted().map { (all[$0], ids[$0]) }
    }
}
