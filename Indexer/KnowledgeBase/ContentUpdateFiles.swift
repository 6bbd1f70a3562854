import Foundation
import GuideKit

/// The content-API files an in-place update reads when JSON files changed, found without reading
/// the rest of the mirror: from the changed files, the guidelines the index read from them and all
/// their files (`guideline_files`, the old side), and every item their items link to (`root`,
/// `forelder`, `barn`: the new side), each found as the mirror names it (`<id>.json`), until nothing
/// more joins. The products assembled from those files are then whole, so an update's cost grows
/// with the products changed, not with the mirror.
///
/// Nil (then the update reads every JSON file, `ContentUpdateScope`) whenever that would not be
/// what a full build reads: a JSON file outside the mirror, a file not holding the one item its name
/// says, a link to an item not in the mirror, a product read as a fragment, or an id that another
/// guideline's id depends on (two products with one slug). What it cannot see: an unchanged item
/// naming a new parent that does not list it (`ContentTree`'s adoption); it stays a document of its
/// own until a full build.
struct ContentUpdateFiles {
    /// The files read (changed, new and those of their products), as `CorpusScanner.scan` returns them.
    var scan: CorpusScanner.Result
    /// The index's guidelines that go.
    var replacedIDs: Set<String>
    /// The products read anew, each with the id a full build gives it.
    var products: [(ContentAPIReader.Product, id: String)]
    /// The files of both.
    var files: Set<String>

    init(scan: CorpusScanner.Result, replacedIDs: Set<String>, products: [(ContentAPIReader.Product, id: String)], files: Set<String>) {
        self.scan = scan
        self.replacedIDs = replacedIDs
        self.products = products
        self.files = files
    }

    /// `changed`: the added, changed and removed JSON files; `textIDs`: the ids of the text guidelines read anew;
    /// `replacedTexts`: those of the text guidelines that go.
    init?(changed: Set<String>, corpus: URL, index: IndexStore, textIDs: Set<String>, replacedTexts: Set<String>) throws {
        let prefix = DirectoryListing.lastComponent(of: corpus.path)
        let mirror = "\(prefix)/\(CorpusScanner.contentAPIFolder)/"
        let names = try CorpusScanner.guidelineFileNames(in: corpus.path).map { "\(prefix)/\($0)" }
        let present = Set(names.filter(StructurePipeline.isContentFile))
        guard present.allSatisfy({ $0.hasPrefix(mirror) }), changed.allSatisfy({ $0.hasPrefix(mirror) }) else { return nil }
        let fileOf = { (id: String) in mirror + id + ".json" }

        scan = CorpusScanner.Result(documents: [], synonyms: [], files: [], diagnostics: [])
        replacedIDs = []
        files = changed
        var asked = Set<String>(), readPaths = Set<String>(), items: [String: ContentItem] = [:], expanded = Set<String>()
        var ignored: [Diagnostic] = []
        while true {
            // The old side: what the index read from these files, and everything else those guidelines used.
            for path in files.subtracting(asked) { replacedIDs.formUnion(try index.guidelineIDs(readFrom: path)) }
            asked = files
            for id in replacedIDs.subtracting(expanded) { files.formUnion(try index.files(ofGuideline: id)) }
            expanded = replacedIDs
            // The new side: the files there now, read, and the items they link to.
            let unread = files.intersection(present).subtracting(readPaths)
            if unread.isEmpty && files == asked { break }
            guard !unread.isEmpty else { continue }
            let part = try CorpusScanner.scan(corpus, only: unread)
            readPaths.formUnion(unread)
            scan.documents += part.documents
            scan.files += part.files.filter { unread.contains($0.path) }
            scan.diagnostics += part.diagnostics.filter { unread.contains($0.path) }
            guard part.documents.count == unread.count else { return nil }
            for document in part.documents {
                let held = ContentFile.items(in: document, diagnostics: &ignored)
                guard held.count == 1, let item = held.first, fileOf(item.id) == document.path, items[item.id] == nil else { return nil }
                items[item.id] = item
            }
            for item in items.values {
                for id in [item.rootLink?.id, item.parentLink?.id].compactMap({ $0 }) + item.childIDs where items[id] == nil {
                    guard present.contains(fileOf(id)) else { return nil }
                    files.insert(fileOf(id))
                }
            }
        }
        scan.documents.sort { $0.path < $1.path }
        let read = ContentAPIReader.products(from: scan.documents, diagnostics: &scan.diagnostics)
        guard read.allSatisfy({ $0.root.item.parentLink == nil }) else { return nil }
        guard let ids = try Self.ids(of: read.map(\.id), index: index, replaced: replacedIDs.union(replacedTexts), textIDs: textIDs) else {
            return nil
        }
        products = Array(zip(read, ids))
        for product in read { files.formUnion(product.files) }
    }

    /// Each product's slug, when a full build gives it that: no guideline kept or read has it, and
    /// no id kept or replaced is one of them with a suffix (what `StructurePipeline.uniqueIDs` makes
    /// of a second product with one slug). Conservative: a text id that merely starts so is enough.
    private static func ids(of slugs: [String], index: IndexStore, replaced: Set<String>, textIDs: Set<String>) throws -> [String]? {
        let indexed = Set(try index.guidelineSources().map(\.id))
        let kept = indexed.subtracting(replaced)
        guard Set(slugs).count == slugs.count, slugs.allSatisfy({ !kept.contains($0) && !textIDs.contains($0) }) else { return nil }
        let stems = Set(slugs).union(replaced)
        for id in indexed where stems.contains(where: { $0 != id && id.hasPrefix($0 + "-") }) { return nil }
        return slugs
    }
}
