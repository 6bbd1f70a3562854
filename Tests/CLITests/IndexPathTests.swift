import Foundation
import XCTest

/// `--db` never destroys what guide did not make: a build goes only where nothing is, into an empty
/// file, or over guide's own index (any schema version, damaged or not). Anything else is an error
/// naming the file, which keeps its bytes, and nothing appears beside it.
final class IndexPathTests: XCTestCase {
    /// A corpus copy and an empty directory beside it for the files given as `--db`.
    private func workspace() throws -> (corpus: URL, files: URL) {
        let corpus = try GuideProcess.corpusCopy()
        let files = corpus.deletingLastPathComponent().appendingPathComponent("filer")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        return (corpus, files)
    }

    /// Everything in `directory`, with each regular file's mode, size and bytes, each link's target and each
    /// subdirectory's names: what must not change when guide refuses a path there.
    private func snapshot(_ directory: URL) throws -> [String: String] {
        var entries: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            let path = directory.appendingPathComponent(name).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let type = attributes[.type] as? FileAttributeType
            switch type {
            case .typeRegular?:
                let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path)))?.base64EncodedString() ?? "(unreadable)"
                entries[name] = "file \(attributes[.posixPermissions] ?? "?") \(attributes[.size] ?? "?") " + bytes
            case .typeSymbolicLink?: entries[name] = "link " + (try FileManager.default.destinationOfSymbolicLink(atPath: path))
            case .typeDirectory?: entries[name] = "directory " + (try FileManager.default.contentsOfDirectory(atPath: path)).sorted().joined(separator: ",")
            default: entries[name] = "\(type.map { $0.rawValue } ?? "unknown")"
            }
        }
        return entries
    }

    /// A SQLite database of another program: made with guide's own SQLite through `sqlite3` when present.
    private func foreignDatabase(at url: URL, wal: Bool = false) throws {
        let sql = (wal ? "PRAGMA journal_mode = WAL; " : "")
            + "CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO patients (name) VALUES ('Kari Nordmann');"
        let result = try GuideProcess.run([url.path, sql], executable: URL(fileURLWithPath: "/usr/bin/sqlite3"))
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    private func assertRefused(_ name: String, in files: URL, corpus: URL, kind: String, command: [String] = ["search", "barn"],
                               file: StaticString = #filePath, line: UInt = #line) throws {
        let path = files.appendingPathComponent(name).path
        let before = try snapshot(files)
        let result = try GuideProcess.run(command + ["--db", path], corpus: corpus)
        XCTAssertEqual(result.status, 1, "\(name): \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stdout, "", name, file: file, line: line)
        XCTAssertEqual(result.stderr, "guide: feil: \(path) er ikke en indeks for guide (det er \(kind)) og blir ikke rørt; "
                       + "velg en annen sti for indeksen med '--db PATH' eller $GUIDE_DB\n", file: file, line: line)
        XCTAssertEqual(try snapshot(files), before, "\(name): the file and its directory are unchanged", file: file, line: line)
    }

    func testForeignFilesAreRefusedAndLeftUntouched() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell")
        let (corpus, files) = try workspace()
        try foreignDatabase(at: files.appendingPathComponent("pasienter.sqlite"))
        try foreignDatabase(at: files.appendingPathComponent("wal.sqlite"), wal: true)
        try Data("Notater om pårørende.\n".utf8).write(to: files.appendingPathComponent("notater.txt"))
        try FileManager.default.createDirectory(at: files.appendingPathComponent("mappe"), withIntermediateDirectories: false)
        try Data("inni".utf8).write(to: files.appendingPathComponent("mappe/fil.txt"))
        XCTAssertEqual(mkfifo(files.appendingPathComponent("fifo").path, 0o644), 0)
        try FileManager.default.createSymbolicLink(atPath: files.appendingPathComponent("lenke.sqlite").path, withDestinationPath: "pasienter.sqlite")
        try FileManager.default.createSymbolicLink(atPath: files.appendingPathComponent("lenke.txt").path, withDestinationPath: "notater.txt")
        try FileManager.default.createSymbolicLink(atPath: files.appendingPathComponent("blindlenke").path, withDestinationPath: "finnes-ikke")

        let cases = [("pasienter.sqlite", "en SQLite-database for et annet program"), ("wal.sqlite", "en SQLite-database for et annet program"),
                     ("notater.txt", "en fil som ikke er en SQLite-database"), ("mappe", "en mappe"),
                     ("fifo", "en FIFO, socket eller enhet"), ("lenke.sqlite", "en symbolsk lenke til en SQLite-database for et annet program"),
                     ("lenke.txt", "en symbolsk lenke til en fil som ikke er en SQLite-database"), ("blindlenke", "en symbolsk lenke til ingenting")]
        for (name, kind) in cases {
            try assertRefused(name, in: files, corpus: corpus, kind: kind)
        }
        // `guide check` does not open them either (SQLite would create a WAL database's -wal and -shm).
        for (name, kind) in cases {
            let path = files.appendingPathComponent(name).path
            let before = try snapshot(files)
            let check = try GuideProcess.run(["check", "--db", path], corpus: corpus)
            XCTAssertEqual(check.status, 1, "\(name): \(check.stdout)")
            XCTAssertTrue(check.stdout.hasPrefix("FEIL  file: \(path) er ikke en indeks for guide (det er \(kind)); ikke rørt → "
                                                 + "velg en annen sti for indeksen med '--db PATH' eller $GUIDE_DB\n"), check.stdout)
            XCTAssertEqual(try snapshot(files), before, "\(name): check changed nothing")
        }
        // `guide index` asks before it builds; without a corpus the refusal comes first too.
        try assertRefused("pasienter.sqlite", in: files, corpus: corpus, kind: "en SQLite-database for et annet program", command: ["index"])
        try assertRefused("notater.txt", in: files, corpus: corpus, kind: "en fil som ikke er en SQLite-database", command: ["index"])
        try assertRefused("pasienter.sqlite", in: files, corpus: corpus.appendingPathComponent("finnes-ikke"),
                          kind: "en SQLite-database for et annet program", command: ["list"])
        // $GUIDE_DB is guarded the same way.
        let viaEnvironment = try GuideProcess.run(["search", "barn"], corpus: corpus,
                                                  environment: ["GUIDE_DB": files.appendingPathComponent("notater.txt").path])
        XCTAssertEqual(viaEnvironment.status, 1, viaEnvironment.stderr)
        XCTAssertTrue(viaEnvironment.stderr.contains("er ikke en indeks for guide"), viaEnvironment.stderr)
    }

    /// A file guide may not read cannot be told to be its index: refused, mode and bytes kept.
    func testUnreadableFileIsRefused() throws {
        try XCTSkipIf(geteuid() == 0, "root reads whatever the mode, so chmod proves nothing here")
        let (corpus, files) = try workspace()
        let db = files.appendingPathComponent("privat.sqlite")
        try Data("hemmelig".utf8).write(to: db)
        XCTAssertEqual(chmod(db.path, 0o000), 0)
        defer { chmod(db.path, 0o644) }
        try assertRefused("privat.sqlite", in: files, corpus: corpus, kind: "en fil guide ikke får lese")
    }

    /// An empty file holds nothing to lose (and `touch` is how a user may make a place for the index): built into.
    func testEmptyFileIsBuiltInto() throws {
        let (corpus, files) = try workspace()
        let db = files.appendingPathComponent("tom.sqlite")
        try Data().write(to: db)
        let result = try GuideProcess.run(["search", "--json", "koordinator", "--db", db.path], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("indeksfilen er tom; bygger indeksen"), result.stderr)
        XCTAssertEqual(try snapshot(files).keys.sorted(), ["tom.sqlite"], "nothing is left beside it")
        XCTAssertEqual(try GuideProcess.run(["check", "--db", db.path], corpus: corpus).status, 0)
    }

    /// guide's own index is rebuilt whatever its state: another schema version, written before the
    /// application id (id 0, recognized by its tables), cut short, or random bytes after its header.
    func testOwnIndexOfAnyVersionOrDamagedIsRebuilt() throws {
        let (corpus, files) = try workspace()
        // A name SQLite's URI syntax would misread unless escaped.
        let db = files.appendingPathComponent("vår indeks?#%.sqlite")
        let build = try GuideProcess.run(["index", "--db", db.path], corpus: corpus)
        XCTAssertEqual(build.status, 0, build.stderr)
        let good = try Data(contentsOf: db)
        XCTAssertEqual(Array(good[68..<72]), Array("GdKB".utf8), "the header carries guide's application id")
        var random = SystemRandomNumberGenerator()
        let noise = Data((0..<good.count).map { _ in UInt8.random(in: 0...255, using: &random) })
        let versions = [("other schema", IndexFaultTests.withUserVersion(99, good)),
                        ("before the application id", Self.withoutApplicationID(IndexFaultTests.withUserVersion(14, good))),
                        ("truncated", good.prefix(good.count / 2)), ("random body", good.prefix(4_096) + noise.dropFirst(4_096))]
        for (kind, data) in versions {
            try data.write(to: db)
            let result = try GuideProcess.run(["search", "--json", "koordinator", "--db", db.path], corpus: corpus)
            XCTAssertEqual(result.status, 0, "\(kind): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("bygger indeksen"), "\(kind): \(result.stderr)")
            XCTAssertFalse((try GuideProcess.json(result.stdout)["results"] as? [Any] ?? []).isEmpty, kind)
            XCTAssertEqual(Array(try Data(contentsOf: db)[68..<72]), Array("GdKB".utf8), kind)
            XCTAssertEqual(try snapshot(files).keys.sorted(), [db.lastPathComponent], "\(kind): nothing is left beside it")
        }
    }

    /// At its default place, `<corpus>/.guide-index.sqlite`, a name only guide uses, an unreadable file
    /// is guide's damaged index and is rebuilt; a database of another program is still refused.
    func testDefaultPlaceRebuildsDamageButRefusesAnotherDatabase() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell")
        let (corpus, _) = try workspace()
        let index = corpus.appendingPathComponent(".guide-index.sqlite")
        try Data("ødelagt".utf8).write(to: index)
        let damaged = try GuideProcess.run(["search", "koordinator"], corpus: corpus)
        XCTAssertEqual(damaged.status, 0, damaged.stderr)
        try FileManager.default.removeItem(at: index)
        try foreignDatabase(at: index)
        let before = try snapshot(corpus)
        let foreign = try GuideProcess.run(["search", "koordinator"], corpus: corpus)
        XCTAssertEqual(foreign.status, 1, foreign.stderr)
        XCTAssertTrue(foreign.stderr.contains("\(index.path) er ikke en indeks for guide (det er en SQLite-database for et annet program)"),
                      foreign.stderr)
        XCTAssertEqual(try snapshot(corpus), before)
    }

    /// The header's application_id (offset 68) zeroed, as every index before it was set.
    static func withoutApplicationID(_ data: Data) -> Data {
        var copy = data
        copy.replaceSubrange(68..<72, with: Data(count: 4))
        return copy
    }
}
