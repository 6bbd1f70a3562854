import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// Builds an index from a corpus directory: aside, in a temporary file next to the target, then
/// swapped in with one atomic rename. A failed build leaves the previous index untouched, and a
/// search that has the old file open keeps reading it.
public enum IndexBuilder {
    public struct Report: Sendable {
        public var guidelines: Int
        public var articles: Int
        public var passages: Int
        public var diagnostics: [Diagnostic]
        public var seconds: Double
    }

    /// Builds only where `IndexTarget` allows (nothing there, or guide's own index), before reading the corpus.
    /// `wordList`: the real word forms query correction must leave alone (`KnowledgeBase` passes the
    /// machine's); nil limits correction to restoring æ ø å.
    public static func build(corpus: URL, into indexPath: String, wordList: NorwegianWordList? = nil) throws -> Report {
        let started = Date()
        let atDefaultPlace = IndexLocation(corpus: corpus.path, index: indexPath).indexIsAtDefaultPlace
        try IndexTarget.checkReplaceable(indexPath, atDefaultPlace: atDefaultPlace)
        let scan = try CorpusScanner.scan(corpus)
        var diagnostics = scan.diagnostics
        let guidelines = StructurePipeline.guidelines(from: scan.documents, diagnostics: &diagnostics)
        // Stamped after the slow part, when the files just read have usually settled.
        let files = CorpusScanner.stamped(scan.files, in: corpus)
        let passages = try write(guidelines, synonyms: scan.synonyms, concepts: scan.concepts, files: files, wordList: wordList, to: indexPath,
                                 atDefaultPlace: atDefaultPlace)
        return Report(guidelines: guidelines.count, articles: guidelines.flatMap(\.articles).count,
                      passages: passages, diagnostics: diagnostics, seconds: Date().timeIntervalSince(started))
    }

    /// Writes to `<index>.building-<pid>-<random>` and renames it over `indexPath`; returns the
    /// number of passages written. Failures are `IndexBuildError`s that say the previous index is unchanged,
    /// or `NotAnIndexError` when something other than guide's index is at `indexPath` (`IndexTarget`).
    @discardableResult
    public static func write(_ guidelines: [Guideline], synonyms: [SynonymGroup] = [], concepts: [Concept] = [], files: [CorpusFile],
                             wordList: NorwegianWordList? = nil, to indexPath: String, atDefaultPlace: Bool = false) throws -> Int {
        // Asked again just before writing: the last line of defence for every caller.
        try IndexTarget.checkReplaceable(indexPath, atDefaultPlace: atDefaultPlace)
        do {
            return try writeAside(guidelines, synonyms: synonyms, concepts: concepts, files: files, wordList: wordList, to: indexPath)
        } catch {
            throw IndexBuildError(indexPath: indexPath, underlying: error)
        }
    }

    private static func writeAside(_ guidelines: [Guideline], synonyms: [SynonymGroup], concepts: [Concept], files: [CorpusFile],
                                   wordList: NorwegianWordList?, to indexPath: String) throws -> Int {
        let target = URL(fileURLWithPath: indexPath)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        // Asked first, since SQLite reports a read-only directory as the file missing.
        guard access(target.deletingLastPathComponent().path, W_OK) == 0 else {
            throw AtomicFile.Failure(operation: "write into", path: target.deletingLastPathComponent().path, code: errno)
        }
        TemporaryIndexFiles.removeAbandoned(besides: target.path)
        // Unique per build, so two builds in one process (threads) or in several never share a file.
        let temporary = TemporaryIndexFiles.path(besides: target.path)
        do {
            let passages: Int
            do {
                let decompounder = Decompounder(vocabulary: CorpusVocabulary.words(in: guidelines))
                let analyzer = NorwegianAnalyzer(decompounder: decompounder)
                // The file is private until renamed: no journal needed, a crash only loses the temporary.
                let store = try IndexStore.create(at: temporary, analyzer: analyzer)
                passages = try IndexWriter(store: store, analyzer: analyzer).write(guidelines, synonyms: synonyms, concepts: concepts,
                                                                                  files: files, wordList: wordList)
            }  // closed here, before the rename
            try AtomicFile.flush(temporary)
            try AtomicFile.rename(temporary, over: target.path)
            return passages
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
