import Foundation
import XCTest

/// A damaged, foreign or unwritable index, a full disk and a killed build: the previous index stays
/// usable, or the message says exactly what to do.
final class IndexFaultTests: XCTestCase {
    private func builtCorpus() throws -> (corpus: URL, index: URL) {
        let corpus = try GuideProcess.corpusCopy()
        let result = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        return (corpus, corpus.appendingPathComponent(".guide-index.sqlite"))
    }

    /// Damaged copies of a good index: cut in half, random bytes after the header, random bytes, text.
    private func damagedVersions(of good: Data) -> [(String, Data)] {
        var random = SystemRandomNumberGenerator()
        let noise = Data((0..<good.count).map { _ in UInt8.random(in: 0...255, using: &random) })
        return [("truncated", good.prefix(good.count / 2)), ("random body", good.prefix(4_096) + noise.dropFirst(4_096)),
                ("random bytes", noise), ("text file", Data("Dette er ikke en database.\n".utf8)), ("empty", Data())]
    }

    func testDamagedIndexAtTheDefaultPlaceIsRebuiltAndSaysSo() throws {
        let (corpus, index) = try builtCorpus()
        for (kind, data) in damagedVersions(of: try Data(contentsOf: index)) {
            try data.write(to: index)
            let result = try GuideProcess.run(["search", "--json", "koordinator"], corpus: corpus)
            XCTAssertEqual(result.status, 0, "\(kind): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("bygger indeksen"), "\(kind): \(result.stderr)")
            XCTAssertFalse((try GuideProcess.json(result.stdout)["results"] as? [Any] ?? []).isEmpty, kind)
        }
    }

    func testDamagedIndexWithoutCorpusSaysWhatToDo() throws {
        let (corpus, index) = try builtCorpus()
        let good = try Data(contentsOf: index)
        let db = corpus.deletingLastPathComponent().appendingPathComponent("kopi.sqlite")
        let noCorpus = corpus.deletingLastPathComponent().appendingPathComponent("finnes-ikke")
        // Random bytes and text at a path the user chose may be the user's own file: refused (IndexPathTests), not "delete it".
        for (kind, data) in damagedVersions(of: good) + [("other schema", Self.withUserVersion(99, good))]
        where kind != "random bytes" && kind != "text file" {
            try data.write(to: db)
            let result = try GuideProcess.run(["search", "koordinator", "--db", db.path, "--corpus", noCorpus.path])
            XCTAssertEqual(result.status, 1, kind)
            XCTAssertEqual(result.stdout, "", kind)
            XCTAssertTrue(result.stderr.contains("guide: feil: kan ikke bruke indeksen \(db.path):"), "\(kind): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("bygg den på nytt med 'guide index --corpus DIR --db \(db.path)', eller slett den"),
                          "\(kind): \(result.stderr)")
            let check = try GuideProcess.run(["check", "--db", db.path, "--corpus", noCorpus.path])
            XCTAssertEqual(check.status, 1, "\(kind): \(check.stdout)")
            XCTAssertTrue(check.stdout.contains("FEIL"), "\(kind): \(check.stdout)")
        }
    }

    /// `ulimit -f` makes every write past the limit fail with EFBIG, as a full disk fails with ENOSPC.
    func testFullDiskKeepsThePreviousIndex() throws {
        let (corpus, index) = try builtCorpus()
        let before = try Data(contentsOf: index)
        let file = corpus.appendingPathComponent("als-samhandling-og-oppfolging.txt")
        try (try Data(contentsOf: file) + Data("\nEn ny linje.\n".utf8)).write(to: file)

        let build = try GuideProcess.runLimited(["index"], corpus: corpus, fileSizeBlocks: 100)
        XCTAssertEqual(build.status, 1, build.stderr)
        XCTAssertTrue(build.stderr.contains("kan ikke bygge indeksen"), build.stderr)
        XCTAssertTrue(build.stderr.contains("den forrige indeksen, om det finnes en, er uendret"), build.stderr)
        XCTAssertEqual(try Data(contentsOf: index), before, "the index is untouched")

        let search = try GuideProcess.runLimited(["search", "--json", "koordinator"], corpus: corpus, fileSizeBlocks: 100)
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stderr.contains("svarer fra den forrige indeksen"), search.stderr)
        XCTAssertFalse((try GuideProcess.json(search.stdout)["results"] as? [Any] ?? []).isEmpty)
        XCTAssertEqual(try Self.temporaries(besides: index), [], "a failed build leaves no temporary file")
    }

    /// As root (who writes whatever the mode), a private mount namespace remounts a tmpfs read-only.
    func testReadOnlyFileSystemKeepsThePreviousIndex() throws {
        try XCTSkipIf(geteuid() != 0, "needs root for a private read-only mount; see the chmod test")
        let (corpus, _) = try builtCorpus()
        let file = corpus.appendingPathComponent("als-samhandling-og-oppfolging.txt")
        try (try Data(contentsOf: file) + Data("\nEn ny linje.\n".utf8)).write(to: file)
        let mount = corpus.deletingLastPathComponent().appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let script = """
            mount -t tmpfs -o size=4m tmpfs "$1" || exit 77
            cp -a "$2" "$1/Corpus" && mount -o remount,ro "$1" || exit 77
            GUIDE_CORPUS="$1/Corpus" exec "$0" search koordinator
            """
        let result = try GuideProcess.run(["-m", "/bin/bash", "-c", script, GuideProcess.binary.path, mount.path, corpus.path],
                                          executable: URL(fileURLWithPath: "/usr/bin/unshare"))
        try XCTSkipIf(result.status == 77 || result.stderr.contains("unshare:"), "mount namespaces are not allowed here: \(result.stderr)")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("mappen kan ikke skrives til (filsystemet er skrivebeskyttet)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("svarer fra den forrige indeksen"), result.stderr)
        XCTAssertTrue(result.stdout.contains("koordinator"), result.stdout)
    }

    /// A real full disk: a tmpfs in a private mount namespace, with room for one index but not two.
    func testFullTmpfsKeepsThePreviousIndex() throws {
        try XCTSkipIf(geteuid() != 0, "needs root for a private tmpfs mount")
        let corpus = try GuideProcess.corpusCopy()
        let mount = corpus.deletingLastPathComponent().appendingPathComponent("liten")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let script = """
            mount -t tmpfs -o size=700k tmpfs "$1" && cp -a "$2" "$1/Corpus" || exit 77
            export GUIDE_CORPUS="$1/Corpus"
            "$0" index 2>/dev/null || exit 77
            echo "En ny linje." >> "$1/Corpus/als-samhandling-og-oppfolging.txt"
            "$0" search koordinator || exit $?
            ls -a "$1/Corpus" >&2
            """
        let result = try GuideProcess.run(["-m", "/bin/bash", "-c", script, GuideProcess.binary.path, mount.path, corpus.path],
                                          executable: URL(fileURLWithPath: "/usr/bin/unshare"))
        try XCTSkipIf(result.status == 77 || result.stderr.contains("unshare:"), "no private tmpfs here: \(result.stderr)")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("disken er full"), result.stderr)
        XCTAssertTrue(result.stderr.contains("svarer fra den forrige indeksen"), result.stderr)
        XCTAssertFalse(result.stderr.contains(".building-"), "no temporary is left: \(result.stderr)")
        XCTAssertTrue(result.stdout.contains("koordinator"), result.stdout)
    }

    func testReadOnlyDirectoryKeepsThePreviousIndex() throws {
        try XCTSkipIf(geteuid() == 0, "root writes into read-only directories, so chmod proves nothing here")
        let (corpus, index) = try builtCorpus()
        let file = corpus.appendingPathComponent("als-samhandling-og-oppfolging.txt")
        try (try Data(contentsOf: file) + Data("\nEn ny linje.\n".utf8)).write(to: file)
        XCTAssertEqual(chmod(corpus.path, 0o555), 0)
        defer { chmod(corpus.path, 0o755) }
        let search = try GuideProcess.run(["search", "koordinator"], corpus: corpus)
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertTrue(search.stderr.contains("the directory cannot be written"), search.stderr)
        XCTAssertTrue(search.stderr.contains("svarer fra den forrige indeksen"), search.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: index.path))
    }

    /// A build killed at any moment leaves the previous index (or the finished new one) in place,
    /// and the next build removes the temporary file the killed one left.
    func testKilledBuildLeavesAUsableIndexAndItsLeftoversAreRemoved() throws {
        let (corpus, index) = try builtCorpus()
        for round in 0..<3 {
            let file = corpus.appendingPathComponent("me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon.txt")
            try (try Data(contentsOf: file) + Data("\nEndret \(round).\n".utf8)).write(to: file)
            let process = Process()
            process.executableURL = GuideProcess.binary
            // --full: a changed guideline file alone is otherwise updated in place (InPlaceUpdateKillTests).
            process.arguments = ["index", "--full", "--corpus", corpus.path]
            process.currentDirectoryURL = corpus.deletingLastPathComponent()
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Killed while it writes: as soon as its temporary file exists.
            let deadline = Date().addingTimeInterval(20)
            while try Self.temporaries(besides: index).isEmpty && process.isRunning && Date() < deadline {
                usleep(500)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "round \(round): the build finished before the kill")
            XCTAssertFalse(try Self.temporaries(besides: index).isEmpty, "round \(round): killed mid-build, it left its temporary")
            let list = try GuideProcess.run(["list", "--json", "--db", index.path, "--corpus", "/finnes-ikke"])
            XCTAssertEqual(list.status, 0, "after a kill in round \(round): \(list.stderr)")
        }
        // A leftover of a process that is gone, named as a build names it.
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let leftover = index.path + ".building-\(gone.processIdentifier)-deadbeef"
        try Data("halvferdig".utf8).write(to: URL(fileURLWithPath: leftover))
        let rebuild = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(rebuild.status, 0, rebuild.stderr)
        XCTAssertEqual(try Self.temporaries(besides: index), [])
        XCTAssertEqual(try GuideProcess.run(["check"], corpus: corpus).status, 0)
    }

    func testCheckSaysWhatIsWrong() throws {
        let (corpus, index) = try builtCorpus()
        let healthy = try GuideProcess.run(["check"], corpus: corpus)
        XCTAssertEqual(healthy.status, 0, healthy.stdout + healthy.stderr)
        for name in ["file", "sqlite", "schema", "fts5", "indexer", "corpus"] {
            XCTAssertTrue(healthy.stdout.contains("ok    \(name): "), "\(name) in\n\(healthy.stdout)")
        }
        let file = corpus.appendingPathComponent("als-samhandling-og-oppfolging.txt")
        try (try Data(contentsOf: file) + Data("\nEn ny linje.\n".utf8)).write(to: file)
        let stale = try GuideProcess.run(["check", "--json"], corpus: corpus)
        XCTAssertEqual(stale.status, 1)
        let json = try GuideProcess.json(stale.stdout)
        XCTAssertEqual(json["healthy"] as? Bool, false)
        let failed = (json["checks"] as? [[String: Any]] ?? []).filter { $0["ok"] as? Bool == false }
        XCTAssertEqual(failed.map { $0["name"] as? String }, ["corpus"])
        XCTAssertEqual(failed.first?["detail"] as? String, "Corpus/als-samhandling-og-oppfolging.txt has changed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: index.path))
        let missing = try GuideProcess.run(["check", "--db", index.path + ".mangler"], corpus: corpus)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stdout.contains("FEIL  file: ingen indeks i"), missing.stdout)
    }

    /// `guide check` never writes: run as an ordinary user on a read-only index (444) in a read-only
    /// directory (555), it passes and leaves every file there as it was. As root the child drops to
    /// `nobody` (root writes read-only files, which would prove nothing).
    func testCheckPassesOnAReadOnlyIndexAsAnOrdinaryUserAndWritesNothing() throws {
        let (corpus, index) = try builtCorpus()
        var launcher: (executable: URL, arguments: [String])?
        let directory = corpus.deletingLastPathComponent()
        let binary = directory.appendingPathComponent("guide")
        // The binary and its resources beside the corpus, so that `nobody` can read them wherever the build is.
        try FileManager.default.copyItem(at: GuideProcess.binary, to: binary)
        let resources = GuideProcess.binary.deletingLastPathComponent().appendingPathComponent("guide_GuideIndexer.resources")
        try FileManager.default.copyItem(at: resources, to: directory.appendingPathComponent(resources.lastPathComponent))
        if geteuid() == 0 {
            if let setpriv = Self.executable(named: "setpriv") {
                launcher = (setpriv, ["--reuid=nobody", "--regid=nogroup", "--clear-groups", binary.path])
            } else if let runuser = Self.executable(named: "runuser") {
                launcher = (runuser, ["-u", "nobody", "--", binary.path])
            }
            try XCTSkipIf(launcher == nil, "running as root and neither setpriv nor runuser is here to switch to an ordinary user")
        }
        let scratch = directory.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false)
        XCTAssertEqual(chmod(scratch.path, 0o1777), 0)
        XCTAssertEqual(chmod(directory.path, 0o755), 0)
        XCTAssertEqual(chmod(index.path, 0o444), 0)
        XCTAssertEqual(chmod(corpus.path, 0o555), 0)
        defer { chmod(corpus.path, 0o755) }
        let before = try Self.snapshot(of: corpus)

        let result = try GuideProcess.run((launcher?.arguments ?? []) + ["check"], corpus: corpus,
                                          environment: ["TMPDIR": scratch.path], executable: launcher?.executable ?? binary)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("ok    fts5: integrity-check ok"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Indeksen er i orden."), result.stdout)
        XCTAssertEqual(try Self.snapshot(of: corpus), before, "no file in the index's directory changed")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), [], "the private copy is removed")
    }

    /// Every file of a directory: name, size, mode, modification time and contents.
    private static func snapshot(of directory: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            let path = directory.appendingPathComponent(name).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let contents = FileManager.default.contents(atPath: path) ?? Data()
            files[name] = "\(attributes[.size] ?? "") \(attributes[.posixPermissions] ?? "") "
                + "\(attributes[.modificationDate] ?? "") \(contents.hashValue) \(contents.count)"
        }
        return files
    }

    private static func executable(named name: String) -> URL? {
        ["/usr/bin", "/bin", "/usr/sbin", "/sbin"].map { URL(fileURLWithPath: "\($0)/\(name)") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The header's user_version (offset 60, big-endian) is the schema version.
    static func withUserVersion(_ version: UInt32, _ data: Data) -> Data {
        var copy = data
        copy.replaceSubrange(60..<64, with: withUnsafeBytes(of: version.bigEndian) { Data($0) })
        return copy
    }

    static func temporaries(besides index: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: index.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(index.lastPathComponent + ".building-") }
    }
}

extension GuideProcess {
    /// Runs `guide` under `ulimit -f` (in 1024-byte blocks), as a nearly full disk would.
    static func runLimited(_ arguments: [String], corpus: URL, fileSizeBlocks: Int) throws -> Result {
        try run(["-c", "ulimit -f \(fileSizeBlocks); exec \"$0\" \"$@\"", binary.path] + arguments, corpus: corpus,
                executable: URL(fileURLWithPath: "/bin/bash"))
    }
}
