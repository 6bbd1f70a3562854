import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a build's time went, in seconds per stage (`guide-bench` prints the split): reading and
/// structuring the files, analyzing (the compound vocabulary, tokenizing passages for the posting
/// lists), making and writing the posting lists, inserting the rows, FTS5's rebuild and optimize,
/// the correction vocabulary with the word forms kept from the word lists, and the rest (lexicons, meta).
public struct BuildStages: Sendable, Codable {
    public var readStructure = 0.0
    public var analyze = 0.0
    public var postings = 0.0
    public var inserts = 0.0
    public var fullText = 0.0
    public var vocabulary = 0.0
    public var other = 0.0
    /// The process's peak resident memory (MB) when each part of the write was done: the rows
    /// (with the reading, which streams into them), the FTS5 rebuild, the posting lists, and the
    /// correction vocabulary with the word forms. It only grows: the first part that raises it holds the most.
    public var peakAfterRowsMB = 0.0
    public var peakAfterFullTextMB = 0.0
    public var peakAfterPostingsMB = 0.0
    public var peakAfterVocabularyMB = 0.0

    public init() {}

    /// Records the process's peak resident memory so far under `part`.
    mutating func notePeak(_ part: WritableKeyPath<BuildStages, Double>) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        self[keyPath: part] = Double(usage.ru_maxrss) / 1024
    }

    /// Runs `body`, adding its time to `stage`.
    mutating func time<T>(_ stage: WritableKeyPath<BuildStages, Double>, _ body: () throws -> T) rethrows -> T {
        let start = Self.now()
        defer { self[keyPath: stage] += Self.now() - start }
        return try body()
    }

    /// Monotonic seconds.
    static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
