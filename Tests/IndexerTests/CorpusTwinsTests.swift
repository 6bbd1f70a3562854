import Foundation
@testable import GuideIndexer
import GuideKit
import XCTest

/// A copy of a guideline in the corpus (another case or extension of its name, or its text under
/// another name) is indexed once, the first in name order that can be; the copy gets a warning
/// naming both. Each test writes its own corpus, never the live `Corpus/`.
final class CorpusTwinsTests: XCTestCase {
    private let advice = "# Pårørende\n\nPårørende bør få tilbud om avlastning.\n"

    private func scan(_ files: [String: String]) throws -> CorpusScanner.Result {
        try scan(bytes: files.mapValues { Data($0.utf8) })
    }

    private func scan(bytes files: [String: Data]) throws -> CorpusScanner.Result {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("guide-twins-\(UUID().uuidString)/Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
        for (name, data) in files { try data.write(to: corpus.appendingPathComponent(name)) }
        return try CorpusScanner.scan(corpus)
    }

    private func warnings(_ result: CorpusScanner.Result) -> [String] {
        result.diagnostics.map { "\($0.path): \($0.message)" }.filter { $0.contains("hoppet over") }
    }

    func testNamesThatDifferOnlyInCaseOrExtensionAreOneGuideline() throws {
        let cases: [(files: [String], kept: String)] = [
            (["x.txt", "x.TXT"], "x.TXT"),
            (["x.txt", "X.txt"], "X.txt"),
            (["x.txt", "x.TXT", "X.txt"], "X.txt"),
            (["x.txt", "x.md"], "x.md"),
        ]
        for (files, kept) in cases {
            // Each copy a little different, so only the name makes it a twin.
            let result = try scan(Dictionary(uniqueKeysWithValues: files.map { ($0, advice + "Kopi \($0).\n") }))
            XCTAssertEqual(result.documents.map(\.path), ["Corpus/\(kept)"], "\(files)")
            XCTAssertEqual(warnings(result), files.filter { $0 != kept }.sorted().map {
                "Corpus/\($0): samme navn som Corpus/\(kept), som er indeksert, bortsett fra store/små bokstaver eller filendelse; hoppet over"
            }, "\(files)")
            XCTAssertEqual(Set(result.files.map(\.path).filter { $0.hasPrefix("Corpus/") }), Set(files.map { "Corpus/\($0)" }), "a copy still counts for freshness")
        }
    }

    func testTheSameTextUnderAnotherNameIsIndexedOnce() throws {
        // A BOM or another encoding of the same text is still the same text.
        let latin1 = Data(advice.unicodeScalars.map { UInt8($0.value) })
        let result = try scan(bytes: ["b.txt": Data(advice.utf8), "a.md": Data(advice.utf8),
                                      "c.txt": Data(("\u{FEFF}" + advice).utf8), "d.txt": latin1])
        XCTAssertEqual(result.documents.map(\.path), ["Corpus/a.md"])
        XCTAssertEqual(warnings(result), [
            "Corpus/b.txt: samme tekst som Corpus/a.md, som er indeksert; hoppet over",
            "Corpus/c.txt: samme tekst som Corpus/a.md, som er indeksert; hoppet over",
            "Corpus/d.txt: samme tekst som Corpus/a.md, som er indeksert; hoppet over",
        ])
    }

    func testAFileThatCannotBeIndexedNeverDisplacesItsCopy() throws {
        let result = try scan(["X.txt": "", "x.txt": advice])
        XCTAssertEqual(result.documents.map(\.path), ["Corpus/x.txt"])
        XCTAssertEqual(warnings(result), ["Corpus/X.txt: filen er tom; hoppet over"])
    }

    func testMetadataAndSynonymsAreNoTwins() throws {
        let result = try scan(["x.txt": advice, "x.meta": "title: Pårørende\n", "X.meta": "title: Pårørende\n",
                               "synonyms.tsv": advice, "y.txt": "Annen tekst.\n"])
        XCTAssertEqual(result.documents.map(\.path), ["Corpus/x.txt", "Corpus/y.txt"])
        XCTAssertEqual(warnings(result), [])
        XCTAssertEqual(result.documents.first?.metadata.values["title"], "Pårørende")
    }
}
