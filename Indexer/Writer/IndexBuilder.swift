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
        /// Where the time went.
        public var stages: BuildStages
    }

    /// What a write put in the index.
    struct Written {
        var guidelines = 0, articles = 0, passages = 0
        /// The corpus reading's own (refused and skipped files, synonym and concept files).
        var diagnostics: [Diagnostic] = []
    }

    /// What a build needs of the corpus besides its guidelines, known once the last is read.
    struct CorpusRest {
        var files: [CorpusFile]
        var synonyms: [SynonymGroup]
        var concepts: [Concept]
        var diagnostics: [Diagnostic] = []
    }

    /// Builds only where `IndexTarget` allows (nothing there, or guide's own index), before reading the corpus.
    /// `wordList`: the real word forms query correction must leave alone (`KnowledgeBase` passes the
    /// machine's); nil limits correction to restoring æ ø å.
    public static func build(corpus: URL, into indexPath: String, wordList: NorwegianWordList? = nil) throws -> Report {
        let started = Date()
        let atDefaultPlace = IndexLocation(corpus: corpus.path, index: indexPath).indexIsAtDefaultPlace
        try IndexTarget.checkReplaceable(indexPath, atDefaultPlace: atDefaultPlace)
        var stages = BuildStages()
        // Streamed: each guideline is written as soon as it is read, so memory holds a window of
        // files, not the corpus. What the corpus holds besides (stamps, synonyms, concepts) follows the last.
        let stream = GuidelineStream(try CorpusReading(corpus))
        let written = try write(stream, rest: {
            var reading = stream.documents
            let (synonyms, concepts) = reading.finish()
            // Stamped after the slow part, when the files just read have usually settled.
            return CorpusRest(files: CorpusScanner.stamped(reading.files, in: corpus), synonyms: synonyms, concepts: concepts,
                              diagnostics: reading.diagnostics)
        }, wordList: wordList, to: indexPath, atDefaultPlace: atDefaultPlace, stages: &stages)
        stages.readStructure = stream.seconds
        let diagnostics = written.diagnostics + stream.diagnostics
        return Report(guidelines: written.guidelines, articles: written.articles, passages: written.passages, diagnostics: diagnostics,
                      seconds: Date().timeIntervalSince(started), stages: stages)
    }

    /// Writes to `<index>.building-<pid>-<random>` and renames it over `indexPath`; returns the
    /// number of passages written. Failures are `IndexBuildError`s that say the previous index is unchanged,
    /// or `NotAnIndexError` when something other than guide's index is at `indexPath` (`IndexTarget`).
    /// The guidelines are taken one at a time, in order, and not kept.
    @discardableResult
    public static func write(_ guidelines: some Sequence<Guideline>, synonyms: [SynonymGroup] = [], concepts: [Concept] = [],
                             files: [CorpusFile], wordList: NorwegianWordList? = nil, to indexPath: String,
                             atDefaultPlace: Bool = false) throws -> Int {
        var stages = BuildStages()
        return try write(guidelines, rest: { CorpusRest(files: files, synonyms: synonyms, concepts: concepts) }, wordList: wordList,
                         to: indexPath, atDefaultPlace: atDefaultPlace, stages: &stages).passages
    }

    /// `rest` is asked once every guideline is written.
    static func write(_ guidelines: some Sequence<Guideline>, rest: () -> CorpusRest, wordList: NorwegianWordList?, to indexPath: String,
                      atDefaultPlace: Bool, stages: inout BuildStages) throws -> Written {
        // Asked again just before writing: the last line of defence for every caller.
        try IndexTarget.checkReplaceable(indexPath, atDefaultPlace: atDefaultPlace)
        do {
            return try writeAside(guidelines, rest: rest, wordList: wordList, to: indexPath, stages: &stages)
        } catch {
            throw IndexBuildError(indexPath: indexPath, underlying: error)
        }
    }

    private static func writeAside(_ guidelines: some Sequence<Guideline>, rest: () -> CorpusRest, wordList: NorwegianWordList?,
                                   to indexPath: String, stages: inout BuildStages) throws -> Written {
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
            var written = Written()
            var words = Set<String>()
            var corpus = CorpusRest(files: [], synonyms: [], concepts: [])
            do {
                // The rows first, tokenizing nothing: compounds are split against every word of the corpus.
                // The file is private until renamed: no journal needed, a crash only loses the temporary.
                let plain = NorwegianAnalyzer()
                let store = try IndexStore.create(at: temporary, analyzer: plain)
                (written.guidelines, written.articles) = try IndexWriter(store: store, analyzer: plain)
                    .writeRows(guidelines, files: { corpus = rest(); return corpus.files }, words: &words, stages: &stages)
                written.diagnostics = corpus.diagnostics
                stages.notePeak(\.peakAfterRowsMB)
            }  // closed here, before the file is opened with the analyzer
            do {
                let analyzer = stages.time(\.analyze) { NorwegianAnalyzer(decompounder: Decompounder(vocabulary: words)) }
                words = []
                let store = try IndexStore.reopenedForBuild(at: temporary, analyzer: analyzer)
                written.passages = try IndexWriter(store: store, analyzer: analyzer)
                    .writeDerived(synonyms: corpus.synonyms, concepts: corpus.concepts, wordList: wordList, spillPrefix: temporary, stages: &stages)
            }  // closed here, before the rename
            try AtomicFile.flush(temporary)
            try AtomicFile.rename(temporary, over: target.path)
            return written
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
