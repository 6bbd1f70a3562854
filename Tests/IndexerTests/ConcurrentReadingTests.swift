import Foundation
import GuideKit
@testable import GuideIndexer
import TestFixtures
import XCTest

/// Files are read on every core, but what a build makes of a corpus must not depend on which file
/// finished first: the same guidelines, ids and warnings, in corpus order, as reading them one by one.
final class ConcurrentReadingTests: XCTestCase {
    func testReadingOnAllCoresGivesWhatReadingOneByOneGives() throws {
        var documents: [SourceDocument] = []
        for folder in [TestFixtures.bundledCorpus, TestFixtures.distractorPages] {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                documents.append(SourceDocument(path: "\(folder.lastPathComponent)/\(name)", text: text))
            }
        }
        // A file no reader takes, in the middle: its warning keeps its place.
        documents.insert(SourceDocument(path: "Corpus/notes.txt", text: "x"), at: documents.count / 2)
        XCTAssertGreaterThan(documents.count, 2 * OrderedConcurrentMap.defaultWindow, "more files than one window holds")

        var oneByOne: [Diagnostic] = []
        let expected = documents.compactMap { StructurePipeline.guideline(from: $0, diagnostics: &oneByOne) }
        var concurrent: [Diagnostic] = []
        let read = StructurePipeline.guidelines(from: documents, diagnostics: &concurrent)

        XCTAssertEqual(read.map(\.id), expected.map(\.id))
        XCTAssertEqual(read, expected)
        XCTAssertEqual(concurrent, oneByOne)
        XCTAssertTrue(concurrent.contains { $0.path == "Corpus/notes.txt" })
    }

    func testResultsArriveInItemOrderWhateverTheirCost() {
        let items = Array(0..<100)
        var seen: [Int] = []
        OrderedConcurrentMap.forEach(items, window: 7) { item in
            // Early items take longest, so later ones would finish first.
            var sum = 0
            for i in 0..<((100 - item) * 2_000) { sum &+= i }
            return (item, sum)
        } consume: { item, _ in
            seen.append(item)
        }
        XCTAssertEqual(seen, items)
    }
}
