import Foundation
import XCTest

/// The index is the one thing `guide` owns: bad files, failed builds and concurrent rebuilds lose nothing.
final class IndexRobustnessTests: XCTestCase {
    func testBadFilesAreReportedAndTheRestIsIndexed() throws {
        let corpus = try GuideProcess.corpusCopy()
        try Data([0x00, 0x01, 0xFF, 0x00]).write(to: corpus.appendingPathComponent("binær.txt"))
        try Data().write(to: corpus.appendingPathComponent("tom.txt"))
        try Data("Bare en linje uten struktur.\n".utf8).write(to: corpus.appendingPathComponent("ukjent.txt"))
        let result = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("Corpus/binær.txt: advarsel: binærfil (inneholder NUL-byte); hoppet over"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Corpus/tom.txt: advarsel: filen er tom"), result.stderr)
        XCTAssertTrue(result.stderr.contains("Corpus/ukjent.txt: advarsel:"), result.stderr)
        let list = try GuideProcess.json(try GuideProcess.run(["list", "--json"], corpus: corpus).stdout)
        XCTAssertEqual((list["guidelines"] as? [Any])?.count, 2, "both real guidelines are still indexed")
    }

    func testExplicitIndexPathIsUsedAndRebuiltThere() throws {
        let corpus = try GuideProcess.corpusCopy()
        let db = corpus.deletingLastPathComponent().appendingPathComponent("egen.sqlite").path
        let result = try GuideProcess.run(["list", "--db", db], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: db))
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.appendingPathComponent(".guide-index.sqlite").path))
        let viaEnvironment = try GuideProcess.run(["list"], corpus: corpus, environment: ["GUIDE_DB": db])
        XCTAssertEqual(viaEnvironment.stderr, "", "the index named by GUIDE_DB is fresh")
    }

    func testDamagedIndexIsRebuilt() throws {
        let corpus = try GuideProcess.corpusCopy()
        _ = try GuideProcess.run(["index"], corpus: corpus)
        try Data("garbage".utf8).write(to: corpus.appendingPathComponent(".guide-index.sqlite"))
        let result = try GuideProcess.run(["list", "--json"], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("kan ikke brukes"), result.stderr)
        XCTAssertNoThrow(try GuideProcess.json(result.stdout))
    }

    /// Several search processes at once, each in a loop, while `guide index` rebuilds the same file.
    func testConcurrentSearchProcessesWhileReindexing() throws {
        let corpus = try GuideProcess.corpusCopy()
        _ = try GuideProcess.run(["index"], corpus: corpus)
        let expected = try GuideProcess.run(["search", "--json", "pårørende barn"], corpus: corpus).stdout
        let failures = LockedList()
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for _ in 0..<8 {
                do {
                    if worker == 0 {
                        let r = try GuideProcess.run(["index"], corpus: corpus)
                        if r.status != 0 { failures.append("index: \(r.stderr)") }
                    } else {
                        let r = try GuideProcess.run(["search", "--json", "pårørende barn"], corpus: corpus)
                        if r.status != 0 || r.stdout != expected { failures.append("search \(r.status): \(r.stderr)") }
                    }
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        XCTAssertEqual(failures.items, [])
        // Builds write without a journal and readers only read: nothing is left beside the index.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasPrefix(".guide-index.sqlite") && $0 != ".guide-index.sqlite" }
        XCTAssertEqual(leftovers, [])
    }

    /// Searches keep answering, from the old or the new index, while the index is rebuilt again and again.
    func testSearchWhileReindexing() throws {
        let corpus = try GuideProcess.corpusCopy()
        _ = try GuideProcess.run(["index"], corpus: corpus)
        let expected = try GuideProcess.run(["search", "--json", "koordinator"], corpus: corpus).stdout
        let done = DispatchSemaphore(value: 0)
        let failures = LockedList()
        DispatchQueue.global().async {
            for _ in 0..<8 {
                if let r = try? GuideProcess.run(["index"], corpus: corpus), r.status != 0 { failures.append("index: \(r.stderr)") }
            }
            done.signal()
        }
        for _ in 0..<12 {
            let r = try GuideProcess.run(["search", "--json", "koordinator"], corpus: corpus)
            if r.status != 0 || r.stdout != expected { failures.append("search \(r.status): \(r.stderr)") }
        }
        done.wait()
        XCTAssertEqual(failures.items, [])
    }
}

/// A list several threads append to.
final class LockedList: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    func append(_ item: String) { lock.withLock { storage.append(item) } }
    var items: [String] { lock.withLock { storage } }
}
