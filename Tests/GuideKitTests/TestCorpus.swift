import Foundation
import GuideIndexer
import GuideKit
import TestFixtures

/// Indexes built from the tests' copy of the bundled corpus (`TestFixtures`) in a temporary directory,
/// for tests that need the real texts: never from the checkout's `Corpus/`, nor into its index.
enum TestCorpus {
    /// One index of the bundled corpus, built once and shared read-only by every test class.
    static let bundledIndexPath: Result<String, Error> = Result { try build(name: "bundled") }

    static func bundledIndex() throws -> IndexStore {
        try IndexStore(path: try bundledIndexPath.get())
    }

    /// A fresh index of the bundled corpus with the files of `extra` folders added (e.g. the reader
    /// fixtures as distractors).
    static func build(adding extra: [URL] = [], name: String) throws -> String {
        let corpus = try TestFixtures.corpusCopy(label: name, adding: extra)
        let path = corpus.appendingPathComponent(".guide-index.sqlite").path
        _ = try IndexBuilder.build(corpus: corpus, into: path, wordList: try NorwegianWordList.installed())
        return path
    }
}
