import Foundation
import XCTest

/// `guide install` and `guide add` as a user runs them: the installed program answers from another
/// directory, a second install changes nothing, a file that is not guide's is never replaced, an
/// added guideline is found, and without a corpus the error names every place looked.
/// HOME and XDG_DATA_HOME point into a temporary folder; the installed corpus is a fixture copy.
final class InstallCommandTests: XCTestCase {
    private var root: URL!
    private var environment: [String: String] = [:]

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("guide-install-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("home"), withIntermediateDirectories: true)
        environment = ["HOME": root.appendingPathComponent("home").path, "XDG_DATA_HOME": root.appendingPathComponent("data").path,
                       "PATH": "/usr/bin:/bin"]
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// A directory without a corpus, as /tmp is for a user.
    private var elsewhere: URL {
        let directory = root.appendingPathComponent("annensteds")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func install(_ arguments: [String], corpus: URL) throws -> GuideProcess.Result {
        try GuideProcess.run(["install"] + arguments + ["--corpus", corpus.path], environment: environment, directory: root)
    }

    func testInstalledIntoAPrefixItAnswersFromAnotherDirectoryAndReinstallingChangesNothing() throws {
        let prefix = root.appendingPathComponent("prefix")
        let first = try install(["--prefix", prefix.path], corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(first.status, 0, first.stderr)
        let installed = prefix.appendingPathComponent("bin/guide")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: installed.path))
        XCTAssertTrue(first.stdout.contains(prefix.path + "/share/guide/Corpus"), first.stdout)
        XCTAssertTrue(first.stdout.contains("export PATH=\"\(prefix.path)/bin:$PATH\""), first.stdout)

        // No ./Corpus in the temporary directory, nothing in XDG_DATA_HOME: the corpus beside the program answers.
        let search = try GuideProcess.run(["search", "pårørende"], environment: environment, executable: installed, directory: elsewhere)
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stdout.contains("Kilde: Corpus/"), search.stdout)
        XCTAssertFalse(search.stderr.contains("building"), "the install built the index: \(search.stderr)")
        let check = try GuideProcess.run(["check", "--json"], environment: environment, executable: installed, directory: elsewhere)
        XCTAssertEqual(try GuideProcess.json(check.stdout)["corpus"] as? String, prefix.path + "/share/guide/Corpus")

        let again = try install(["--prefix", prefix.path], corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("0 nye, 0 erstattet"), again.stdout)
        XCTAssertFalse(again.stderr.contains("building"), again.stderr)
    }

    func testAForeignFileAtBinGuideIsNotReplaced() throws {
        let prefix = root.appendingPathComponent("prefix")
        let bin = prefix.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let foreign = Data("#!/bin/sh\necho mine\n".utf8)
        try foreign.write(to: bin.appendingPathComponent("guide"))
        let result = try install(["--prefix", prefix.path], corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains(bin.path + "/guide finnes og er ikke lagt der av guide"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: bin.appendingPathComponent("guide")), foreign)
        XCTAssertFalse(FileManager.default.fileExists(atPath: prefix.appendingPathComponent("share/guide/Corpus").path))
    }

    func testAddedGuidelineIsFoundAndConflictsAndUnreadableFilesAreRefused() throws {
        let result = try install([], corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(result.status, 0, result.stderr)
        let installed = root.appendingPathComponent("home/.local/bin/guide")
        let corpus = root.appendingPathComponent("data/guide/Corpus")
        XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.appendingPathComponent(".guide-index.sqlite").path))
        func guide(_ arguments: [String]) throws -> GuideProcess.Result {
            try GuideProcess.run(arguments, environment: environment, executable: installed, directory: elsewhere)
        }

        let guideline = root.appendingPathComponent("trykksar.md")
        try Data("""
        # Forebygging av trykksår

        ## 1.1 Helsepersonell bør snu sengeliggende pasienter hver annen time

        Snuing og vurdering av huden forebygger trykksår hos pasienter med nedsatt bevegelighet.

        """.utf8).write(to: guideline)
        let binary = root.appendingPathComponent("bilde.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1, 2, 3]).write(to: binary)

        let refused = try guide(["add", guideline.path, binary.path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("bilde.txt: filen er ikke tekst"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.appendingPathComponent("trykksar.md").path),
                       "a refused add copied a file")

        let added = try guide(["add", guideline.path])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(added.stdout.contains(corpus.appendingPathComponent("trykksar.md").path), added.stdout)
        let search = try guide(["search", "snu", "sengeliggende"])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stdout.contains("Kilde: Corpus/trykksar.md"), search.stdout)

        let other = root.appendingPathComponent("annen")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("# Noe annet\n\n## 1.1 Helsepersonell bør gjøre noe annet\n\nEn annen tekst.\n".utf8)
            .write(to: other.appendingPathComponent("trykksar.md"))
        let conflict = try guide(["add", other.appendingPathComponent("trykksar.md").path])
        XCTAssertEqual(conflict.status, 1)
        XCTAssertTrue(conflict.stderr.contains("korpuset har alt en annen fil som heter trykksar.md"), conflict.stderr)
        XCTAssertEqual(try Data(contentsOf: corpus.appendingPathComponent("trykksar.md")), try Data(contentsOf: guideline))
    }

    func testWithoutACorpusTheErrorNamesEachPlaceLooked() throws {
        let empty = root.appendingPathComponent("tom")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try GuideProcess.run(["search", "pårørende"], environment: environment, directory: empty)
        XCTAssertEqual(result.status, 1)
        for place in [empty.path + "/Corpus", root.path + "/data/guide/Corpus", "--corpus", "GUIDE_CORPUS", "guide install"] {
            XCTAssertTrue(result.stderr.contains(place), "\(place) not named: \(result.stderr)")
        }
    }
}
