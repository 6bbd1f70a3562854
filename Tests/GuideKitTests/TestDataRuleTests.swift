import Foundation
import GuideKit
import TestFixtures
import XCTest

/// The tests own their data: they build from the copy of the bundled corpus in `TestFixtures`, or
/// from files they write, never from the checkout's `Corpus/`, where a user adds guidelines (and
/// `swift test` must stay green when they do). A test finds the checkout only through a path made
/// from `#filePath` or relative to the working directory, so only `TestFixtures` may make one.
final class TestDataRuleTests: XCTestCase {
    /// What would reach into the checkout from a test source: a path made from the source file's own
    /// place, the working directory, or a relative `Corpus` path (relative paths resolve against the
    /// package root under `swift test`).
    private static let forbidden: [(pattern: String, why: String)] = [
        (#"#file(Path|ID)?\b"#, "a path made from #filePath: locate files through TestFixtures"),
        (#"currentDirectoryPath|changeCurrentDirectoryPath"#, "the working directory is the checkout under swift test"),
        // (A document's name, "Corpus/x.txt", is no path: only what opens a file or a corpus counts.)
        (#"(fileURLWithPath|atPath|contentsOfFile|IndexStore\(path|IndexLocation\(corpus):\s*"(\./)?Corpus\b"#,
         "a relative path to the live Corpus/"),
    ]

    func testOnlyTestFixturesLocatesFilesInTheCheckout() throws {
        // TestFixtures makes the paths; this file names the patterns.
        let sources = try Self.swiftFiles(under: TestFixtures.testsDirectory)
            .filter { $0.deletingLastPathComponent().lastPathComponent != "TestFixtures" }
            .filter { !$0.path.hasSuffix("GuideKitTests/TestDataRuleTests.swift") }
        XCTAssertGreaterThan(sources.count, 50, "the test sources were not found under \(TestFixtures.testsDirectory.path)")
        var found: [String] = []
        for file in sources {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (n, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                // A failure's location (`file: StaticString = #filePath`) names a file, it opens none.
                let code = line.replacingOccurrences(of: "StaticString = #filePath", with: "")
                for rule in Self.forbidden where code.range(of: rule.pattern, options: .regularExpression) != nil {
                    found.append("\(file.path.dropFirst(TestFixtures.testsDirectory.path.count + 1)):\(n + 1): \(rule.why)")
                }
            }
        }
        XCTAssert(found.isEmpty, found.joined(separator: "\n"))
    }

    /// The shared index is built from exactly the fixture's guidelines, in a temporary directory.
    func testTheBundledIndexIsBuiltFromTheFixtureCopy() throws {
        let path = try TestCorpus.bundledIndexPath.get()
        let checkout = TestFixtures.testsDirectory.deletingLastPathComponent().path + "/"
        XCTAssertFalse(path.hasPrefix(checkout), "the bundled index is built inside the checkout: \(path)")
        let guidelines = try FileManager.default.contentsOfDirectory(atPath: TestFixtures.bundledCorpus.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".meta") }
        XCTAssertEqual(guidelines.count, 2, "the bundled corpus holds two hearing drafts: \(guidelines)")
        let indexed = try TestCorpus.bundledIndex().corpusFiles().keys.filter { $0.hasPrefix("Corpus/") }
        XCTAssertEqual(Set(indexed), Set(guidelines.map { "Corpus/\($0)" }))
    }

    private static func swiftFiles(under directory: URL) throws -> [URL] {
        guard let walk = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        return walk.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }
}
