import Foundation
import GuideKit
@testable import GuideIndexer
import TestFixtures
import XCTest

/// A build writes each guideline as soon as it is read: memory holds a window of files, never the
/// corpus, so the largest file, not the corpus, sets what a build needs.
final class GuidelineStreamTests: XCTestCase {
    /// Documents handed out one at a time, counting how many were asked for.
    private final class CountingDocuments: IteratorProtocol {
        private var documents: [SourceDocument].Iterator
        private(set) var taken = 0
        init(_ documents: [SourceDocument]) { self.documents = documents.makeIterator() }
        func next() -> SourceDocument? {
            guard let document = documents.next() else { return nil }
            taken += 1
            return document
        }
    }

    private struct Shared: IteratorProtocol {
        let source: CountingDocuments
        mutating func next() -> SourceDocument? { source.next() }
    }

    func testFilesAreReadAWindowAheadOfTheWriterNotAllAtOnce() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: TestFixtures.distractorPages.path).filter { $0.hasSuffix(".txt") }.sorted()
        let documents = try names.map { name in
            SourceDocument(path: "Corpus/\(name)", text: try String(contentsOf: TestFixtures.distractorPages.appendingPathComponent(name), encoding: .utf8))
        }
        let window = 4
        XCTAssertGreaterThan(documents.count, 3 * window)
        let source = CountingDocuments(documents)
        let stream = GuidelineStream(Shared(source: source), window: window)
        var handedOut = 0, ids: [String] = []
        while let guideline = stream.next() {
            handedOut += 1
            ids.append(guideline.id)
            XCTAssertLessThanOrEqual(source.taken, handedOut - 1 + window, "read more than a window ahead of guideline \(handedOut)")
        }
        XCTAssertEqual(source.taken, documents.count)
        var diagnostics: [Diagnostic] = []
        XCTAssertEqual(ids, StructurePipeline.guidelines(from: documents, diagnostics: &diagnostics).map(\.id), "corpus order")
    }

    func testABuildFromTheStreamWritesWhatTheWholeCorpusRead() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("Corpus")
        try FileManager.default.copyItem(at: TestFixtures.bundledCorpus, to: corpus)
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasPrefix(".guide-index") {
            try FileManager.default.removeItem(at: corpus.appendingPathComponent(name))
        }
        let index = directory.appendingPathComponent("index.sqlite").path
        let report = try IndexBuilder.build(corpus: corpus, into: index)
        let scan = try CorpusScanner.scan(corpus)
        var diagnostics = scan.diagnostics
        let guidelines = StructurePipeline.guidelines(from: scan.documents, diagnostics: &diagnostics)
        XCTAssertEqual(report.guidelines, guidelines.count)
        XCTAssertEqual(report.passages, guidelines.flatMap(Passages.of).count)
        XCTAssertEqual(report.diagnostics, diagnostics)
        let store = try IndexStore(path: index)
        XCTAssertEqual(try store.corpusFiles().keys.sorted(), scan.files.map(\.path).sorted(), "every file read is recorded")
    }
}
