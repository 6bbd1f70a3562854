import Foundation
import GuideIndexer
import GuideKit

/// Indexes built from the repository's own texts in a temporary directory, for tests that need
/// the real corpus (never the checkout's `Corpus/.guide-index.sqlite`).
enum TestCorpus {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// One index of the bundled corpus, built once and shared read-only by every test class.
    static let bundledIndexPath: Result<String, Error> = Result { try build(from: ["Corpus"], name: "bundled") }

    static func bundledIndex() throws -> IndexStore {
        try IndexStore(path: try bundledIndexPath.get())
    }

    /// A fresh index of the given repository folders (e.g. the corpus and the reader fixtures as distractors).
    static func build(from folders: [String], name: String) throws -> String {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("guide-\(name)-\(UUID().uuidString)/Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for folder in folders {
            let source = repository.appendingPathComponent(folder)
            for file in try FileManager.default.contentsOfDirectory(atPath: source.path) where !file.hasPrefix(".") {
                try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: corpus.appendingPathComponent(file))
            }
        }
        let path = corpus.appendingPathComponent(".guide-index.sqlite").path
        _ = try IndexBuilder.build(corpus: corpus, into: path, wordList: try NorwegianWordList.installed())
        return path
    }
}
