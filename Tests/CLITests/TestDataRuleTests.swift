import Foundation
import TestFixtures
import XCTest

/// The binary's tests own their data too: a corpus copy holds exactly the fixture's files, and a
/// command run without `--corpus` reads a copy in a temporary directory, never the checkout's `Corpus/`.
final class TestDataRuleTests: XCTestCase {
    func testCorpusCopyIsTheFixtureByteForByte() throws {
        let copy = try GuideProcess.corpusCopy()
        let names = try FileManager.default.contentsOfDirectory(atPath: TestFixtures.bundledCorpus.path).sorted()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: copy.path).sorted(), names)
        for name in names {
            XCTAssertEqual(try Data(contentsOf: copy.appendingPathComponent(name)),
                           try Data(contentsOf: TestFixtures.bundledCorpus.appendingPathComponent(name)), name)
        }
    }

    func testACommandWithoutCorpusReadsACopyOutsideTheCheckout() throws {
        let result = try GuideProcess.run(["check", "--json"])
        let corpus = try XCTUnwrap(try GuideProcess.json(result.stdout)["corpus"] as? String, result.stdout)
        let checkout = TestFixtures.testsDirectory.deletingLastPathComponent().path + "/"
        XCTAssertFalse(corpus.hasPrefix(checkout), "guide read the checkout's corpus: \(corpus)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: corpus).sorted(),
                       try FileManager.default.contentsOfDirectory(atPath: TestFixtures.bundledCorpus.path).sorted())
    }
}
