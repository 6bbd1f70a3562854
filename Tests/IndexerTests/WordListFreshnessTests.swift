import Foundation
@testable import GuideIndexer
import GuideKit
import XCTest

/// A word list installed, updated or removed after the index was built rebuilds it once, so the
/// forms query correction leaves alone are the machine's, not the build's. The list here is a file
/// the test writes (Latin-1, as Debian's), given to the knowledge base in place of the installed ones.
final class WordListFreshnessTests: XCTestCase {
    func testInstallingChangingAndRemovingTheListRebuildsOnceEach() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-wordlist-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data("---\ntitle: Pårørende\n---\n# Støtte\n## Pårørende bør få tilbud\nPårørende med stor belastning bør få tilbud.\n".utf8)
            .write(to: corpus.appendingPathComponent("parorende.md"))
        let list = directory.appendingPathComponent("bokmaal").path

        var reasons: [String?] = []
        let base = KnowledgeBase(location: IndexLocation(corpus: corpus.path, index: nil), wordListPaths: [list]) { event in
            if case .building(let reason, _) = event { reasons.append(reason) }
        }
        func open() throws -> [String] { try base.open().wordForms() }

        XCTAssertEqual(try open(), [], "no list: no forms")
        XCTAssertEqual(try open(), [])
        XCTAssertEqual(reasons, ["ingen indeks ennå"], "without a list the index is built once")

        try Data("avlastning\n".unicodeScalars.map { UInt8($0.value) }).write(to: URL(fileURLWithPath: list))
        XCTAssertEqual(try open(), ["avlastning"], "a real word the corpus lacks, one edit from «belastning»")
        XCTAssertEqual(try open(), ["avlastning"])
        XCTAssertEqual(reasons.dropFirst(), ["en ordliste er installert siden indeksen ble bygd"])
        XCTAssertTrue(base.check().checks.contains { $0.name == "wordlist" && $0.ok })

        try Data("avlastning\nbelastninger\n".utf8).write(to: URL(fileURLWithPath: list))
        XCTAssertEqual(try open(), ["avlastning", "belastninger"])
        XCTAssertEqual(reasons.dropFirst(2), ["ordlisten er endret siden indeksen ble bygd"])

        try FileManager.default.removeItem(atPath: list)
        XCTAssertFalse(base.check().healthy, "guide check says the index is not what a build now makes")
        XCTAssertEqual(try open(), [])
        XCTAssertEqual(try open(), [])
        XCTAssertEqual(reasons.dropFirst(3), ["ordlisten indeksen ble bygd med, er borte"])
    }

    func testTheStampIsOfWhatIsThereWithoutReadingIt() throws {
        let missing = "/nonexistent/guide-wordlist-\(UUID().uuidString)"
        XCTAssertEqual(NorwegianWordList.stamp(of: [missing]), NorwegianWordList.noneStamp)
        XCTAssertNil(IndexFreshness.wordListChange(recorded: "none", now: "none"))
        XCTAssertEqual(IndexFreshness.wordListChange(recorded: nil, now: "none")?.detail,
                       "the index does not record which word list it was built with")
    }
}
