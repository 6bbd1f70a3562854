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
        /// Corpus files read to make the update (the changed ones and the rest of their products).
        var filesRead: Int
    }

    /// Updates the index; nil (untouched) when only a full rebuild will do. A thrown error means the
    /// update failed and rolled back: the index is as it was.
    static func run(_ location: IndexLocation) throws -> Report? {
        let started = Date()
        var phases = UpdatePhases()
        let filesRead: Int
        guard PathStatus.exists(location.indexPath), location.corpusExists,
              let index = try? IndexStore(path: location.indexPath),
              IndexerIdentity.differences(recorded: try? index.metadata("indexer"), stamp: try? index.metadata("indexer_stamp")) == nil,
              sameWordLists(recorded: try? index.metadata("wordlist")),
              let comparison = try? CorpusComparison(index: index, corpus: location.corpusPath, trustingStamps: true),
              !comparison.changes.isEmpty else { return nil }
        phases.mark("open and compare the corpus")
        var read = Set<String>(), replaced = Set<String>()
        for change in comparison.changes {
            switch change {
            case .added(let path): read.insert(path)
            case .changed(let path): read.insert(path); replaced.insert(path)
            case .removed(let path): replaced.insert(path)
            }
        }
        guard read.union(replaced).allSatisfy(isGuidelineFile) else { return nil }
        let isContent = StructurePipeline.isContentFile
        let changedContent = read.union(replaced).filter(isContent)
        var replacedIDs = Set(try replaced.filter { !isContent($0) }.flatMap { try guidelineIDs(ofFile: $0, in: index) })
        let textPaths = read.filter { !isContent($0) }
        var scan = textPaths.isEmpty ? CorpusScanner.Result(documents: [], synonyms: [], files: [], diagnostics: [])
            : try CorpusScanner.scan(location.corpus, only: textPaths)
        var reading = scan.diagnostics
        let texts = scan.documents.compactMap { StructurePipeline.guideline(from: $0, diagnostics: &reading) }
        var guidelines = texts
        var readFiles = read
        if !changedContent.isEmpty {
            let content = try ContentUpdateFiles(changed: changedContent, corpus: location.corpus, index: index,
                                                 textIDs: Set(texts.map(\.id)), replacedTexts: replacedIDs)
                ?? corpusWide(changed: changedContent, location: location, index: index, texts: texts, replacedTexts: replacedIDs)
            guard let content else { return nil }
            reading += content.scan.diagnostics
            scan.files += content.scan.files
            replacedIDs.formUnion(content.replacedIDs)
            guidelines += StructurePipeline.guidelines(from: content.products, diagnostics: &reading)
            readFiles.formUnion(content.files)
            filesRead = textPaths.count + content.scan.files.count
        } else {
            filesRead = textPaths.count
        }
        phases.mark("read the changed files")
        // Only what concerns the files read again is said again.
        let diagnostics = reading.filter { readFiles.contains($0.path) }
        // A new guideline taking the id of one that stays (x.txt beside x.md) is for a full build to report.
        let newIDs = guidelines.map(\.id)
        guard Set(newIDs).count == newIDs.count else { return nil }
        for id in newIDs where !replacedIDs.contains(id) {
            if try index.guidelineExists(id: id) { return nil }
        }
        // Records of the added and changed files; those of the other files read again stay as they are.
        let files = CorpusScanner.stamped(scan.files.filter { read.contains($0.path) }, in: location.corpus)
        // What killed builds left beside the index goes, as before a build.
        TemporaryIndexFiles.removeAbandoned(besides: location.indexPath)
        phases.mark("check ids, stamp files")
        let outcome = try IndexUpdater.update(indexPath: location.indexPath, guidelines: guidelines, replacing: replacedIDs.sorted(),
                                              files: files, removingFiles: replaced.sorted(), phases: &phases)
        let removed = replacedIDs.subtracting(newIDs).count
        return Report(updated: guidelines.count, removed: removed, passages: outcome.passagesWritten,
                      diagnostics: diagnostics, seconds: Date().timeIntervalSince(started), filesRead: filesRead)
    }

    /// Every JSON file read, and the products the changed ones belong to found among all of them
    /// (`ContentUpdateScope`): when `ContentUpdateFiles` cannot find them by their links alone.
    private static func corpusWide(changed: Set<String>, location: IndexLocation, index: IndexStore, texts: [Guideline],
                                   replacedTexts: Set<String>) throws -> ContentUpdateFiles? {
        let isContent = StructurePipeline.isContentFile
        let scan = try CorpusScanner.scan(location.corpus, only: try CorpusScanner.contentFilePaths(in: location.corpus))
        var diagnostics = scan.diagnostics
        // The ids a full build gives the products: text guidelines (those kept and those read) come first.
        let keptTexts = try index.guidelineSources().filter { !isContent($0.path) && !replacedTexts.contains($0.id) }.map(\.id)
        let products = ContentAPIReader.products(from: scan.documents, diagnostics: &diagnostics)
        let ids = StructurePipeline.uniqueIDs(of: products, taken: Set(keptTexts + texts.map(\.id)))
        guard let scope = try ContentUpdateScope(changed: changed, products: products, ids: ids, index: index) else { return nil }
        return ContentUpdateFiles(scan: CorpusScanner.Result(documents: scan.documents, synonyms: [], files: scan.files, diagnostics: diagnostics),
                                  replacedIDs: scope.replacedIDs, products: scope.products, files: scope.files)
    }

    /// The guidelines read from one corpus file: its own for a text file, each product that used it
    /// for a content-API file (`guideline_files`).
    static func guidelineIDs(ofFile path: String, in index: IndexStore) throws -> [String] {
        try index.guidelineIDs(readFrom: path)
    }

    /// A guideline file: a text (one file, one guideline) or content-API JSON (one product from many files).
    private static func isGuidelineFile(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return CorpusScanner.guidelineExtensions.contains(path[path.index(after: dot)...].lowercased())
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
