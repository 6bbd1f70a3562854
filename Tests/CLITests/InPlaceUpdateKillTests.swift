import Foundation
import TestFixtures
import XCTest

/// `guide index` killed inside an in-place update's transaction (held open by the documented test
/// hook `GUIDE_TEST_PAUSE_BEFORE_COMMIT`): the journal it leaves is rolled back, search answers from
/// the old state, and a rerun completes the update. The corpus is made of the reader fixtures.
final class InPlaceUpdateKillTests: XCTestCase {
    func testKillDuringAnUpdateLeavesTheOldIndexAndARerunCompletes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let fixtures = TestFixtures.readerFixtures
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where name.hasPrefix("web-") {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        let index = corpus.appendingPathComponent(".guide-index.sqlite").path
        let built = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(built.status, 0, built.stderr)

        let file = corpus.appendingPathComponent("web-kapittel-flere-anbefalinger.txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "Råd om søvnhygiene", with: "Zebrafjell og råd om søvnhygiene")
            .write(to: file, atomically: true, encoding: .utf8)

        let update = Process()
        update.executableURL = GuideProcess.binary
        update.arguments = ["index"]
        var environment = ProcessInfo.processInfo.environment
        environment["GUIDE_CORPUS"] = corpus.path
        environment.removeValue(forKey: "GUIDE_DB")
        environment["GUIDE_TEST_PAUSE_BEFORE_COMMIT"] = "60"
        update.environment = environment
        update.standardError = FileHandle.nullDevice
        try update.run()
        let deadline = Date(timeIntervalSinceNow: 60)
        while !FileManager.default.fileExists(atPath: index + "-journal"), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.5)  // into the pause, every row written
        kill(update.processIdentifier, SIGKILL)
        update.waitUntilExit()
        XCTAssertTrue(FileManager.default.fileExists(atPath: index + "-journal"), "killed inside the transaction")

        // Without the corpus the index answers as it is: the old state (the file is not written before
        // the commit; a journal left hot by a kill during the commit is rolled back on open).
        let old = try GuideProcess.run(["search", "zebrafjell"], environment: ["GUIDE_CORPUS": directory.appendingPathComponent("none").path,
                                                                               "GUIDE_DB": index])
        XCTAssertEqual(old.status, 0, old.stderr)
        XCTAssertTrue(old.stdout.contains("Ingen treff"), old.stdout)
        let check = try GuideProcess.run(["check"], corpus: corpus)
        XCTAssertTrue(check.stdout.contains("fts5: integrity-check ok"), check.stdout)
        XCTAssertTrue(check.stdout.contains("derived:"), check.stdout)

        let rerun = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertTrue(rerun.stderr.contains("på stedet"), rerun.stderr)
        let found = try GuideProcess.run(["search", "zebrafjell"], corpus: corpus)
        XCTAssertEqual(found.stderr, "", "the rerun left the index fresh")
        XCTAssertFalse(found.stdout.contains("Ingen treff"), found.stdout)
        let healthy = try GuideProcess.run(["check"], corpus: corpus)
        XCTAssertEqual(healthy.status, 0, healthy.stdout)
    }

    /// A kill during the commit itself leaves a hot journal: pages already written into the index and
    /// the originals in `-journal`. Made here as that moment is: a transaction whose pages spill into the
    /// file (a one-page cache), copied with its journal while it is open. The next `guide` rolls it
    /// back: the file is byte for byte the committed index again and answers as it did.
    func testAJournalLeftHotByAKillDuringTheCommitIsRolledBack() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell")
        let corpus = try GuideProcess.corpusCopy()
        XCTAssertEqual(try GuideProcess.run(["index"], corpus: corpus).status, 0)
        let index = corpus.appendingPathComponent(".guide-index.sqlite").path
        let crashed = corpus.deletingLastPathComponent().appendingPathComponent("crashed")
        try FileManager.default.createDirectory(at: crashed, withIntermediateDirectories: true)
        let copy = crashed.appendingPathComponent(".guide-index.sqlite").path
        // One argument a statement or dot-command, all on one connection, the transaction open across them.
        let statements = [
            "PRAGMA cache_size = 1;", "BEGIN;", "UPDATE vocabulary SET docs = docs + 1000;",
            "UPDATE guidelines SET title = 'ØDELAGT';", ".shell cp '\(index)' '\(copy)' && cp '\(index)-journal' '\(copy)-journal'",
            "ROLLBACK;",
        ]
        let made = try GuideProcess.run([index] + statements, executable: URL(fileURLWithPath: "/usr/bin/sqlite3"))
        XCTAssertEqual(made.status, 0, made.stderr)
        let committed = try Data(contentsOf: URL(fileURLWithPath: index))
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: copy)), committed, "pages of the transaction in the file")
        XCTAssertTrue(FileManager.default.fileExists(atPath: copy + "-journal"))

        let noCorpus = corpus.deletingLastPathComponent().appendingPathComponent("none").path
        let before = try GuideProcess.run(["search", "--json", "koordinatr"], environment: ["GUIDE_CORPUS": noCorpus, "GUIDE_DB": index])
        let after = try GuideProcess.run(["search", "--json", "koordinatr"], environment: ["GUIDE_CORPUS": noCorpus, "GUIDE_DB": copy])
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertEqual(after.stdout, before.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy + "-journal"), "rolled back")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: copy)), committed)
    }
}
