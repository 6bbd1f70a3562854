import Foundation
import GuideKit

/// Whether an index can be updated in place instead of rebuilt, and doing it: the index must be of
/// this guide (schema, analyzer, resources), built with the same word lists, and differ from the
/// corpus only in guideline files added, changed or removed; anything else is a full rebuild.
enum InPlaceUpdate {
    struct Report: Sendable {
        var updated: Int
        var removed: Int
        var passages: Int
        var diagnostics: [Diagnostic]
        var seconds: Double
    }

    /// Updates the index; nil (untouched) when only a full rebuild will do. A thrown error means the
    /// update failed and rolled back: the index is as it was.
    static func run(_ location: IndexLocation) throws -> Report? {
        let started = Date()
        guard PathStatus.exists(location.indexPath), location.corpusExists,
              let index = try? IndexStore(path: location.indexPath),
              IndexerIdentity.differences(recorded: try? index.metadata("indexer"), stamp: try? index.metadata("indexer_stamp")) == nil,
              sameWordLists(recorded: try? index.metadata("wordlist")),
              let comparison = try? CorpusComparison(index: index, corpus: location.corpusPath, trustingStamps: true),
              !comparison.changes.isEmpty else { return nil }
        var read = Set<String>(), replaced = Set<String>()
        for change in comparison.changes {
            switch change {
            case .added(let path): read.insert(path)
            case .changed(let path): read.insert(path); replaced.insert(path)
            case .removed(let path): replaced.insert(path)
            }
        }
        guard read.union(replaced).allSatisfy(isGuidelineFile) else { return nil }
        let replacedIDs = try replaced.sorted().flatMap { try guidelineIDs(ofFile: $0, in: index) }
        let scan = try CorpusScanner.scan(location.corpus, only: read)
        var diagnostics = scan.diagnostics.filter { read.contains($0.path) }
        let guidelines = StructurePipeline.guidelines(from: scan.documents, diagnostics: &diagnostics)
        // A new guideline taking the id of one that stays (x.txt beside x.md) is for a full build to report.
        let newIDs = guidelines.map(\.id)
        guard Set(newIDs).count == newIDs.count else { return nil }
        for id in newIDs where !replacedIDs.contains(id) {
            if try index.guidelineExists(id: id) { return nil }
        }
        let files = CorpusScanner.stamped(scan.files.filter { read.contains($0.path) }, in: location.corpus)
        // What killed builds left beside the index goes, as before a build.
        TemporaryIndexFiles.removeAbandoned(besides: location.indexPath)
        let outcome = try IndexUpdater.update(indexPath: location.indexPath, guidelines: guidelines, replacing: replacedIDs,
                                              files: files, removingFiles: replaced.sorted())
        let removedFiles = replaced.subtracting(read).count
        return Report(updated: read.count, removed: removedFiles, passages: outcome.passagesWritten,
                      diagnostics: diagnostics, seconds: Date().timeIntervalSince(started))
    }

    /// The guidelines read from one corpus file: one today (a text file is one guideline); the one
    /// place to change when a mirrored product's many files make one guideline.
    static func guidelineIDs(ofFile path: String, in index: IndexStore) throws -> [String] {
        try index.guidelineIDs(sourcePath: path)
    }

    /// A text guideline file: one file, one guideline. Content-API JSON is not: one product is read
    /// from many files, so a changed item rebuilds in full until updates map items to their product.
    private static func isGuidelineFile(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        let ext = path[path.index(after: dot)...].lowercased()
        return ext != "json" && CorpusScanner.guidelineExtensions.contains(ext)
    }

    /// Whether the machine's word lists are the files the build read (`meta` "wordlist": "none", or
    /// "<path> <count>, …"), judged by which files are there, without reading them.
    private static func sameWordLists(recorded: String?) -> Bool {
        guard let recorded else { return false }
        let present = NorwegianWordList.installedPaths.filter { FileManager.default.isReadableFile(atPath: $0) }
        if recorded == "none" { return present.isEmpty }
        let paths = recorded.components(separatedBy: ", ").map { $0.split(separator: " ").dropLast().joined(separator: " ") }
        return paths == present
    }
}
