import Foundation
import TestFixtures
import XCTest

/// `guide sync` against the fake content API (Tests/Support/fake_hapi.py) on 127.0.0.1: never the network,
/// never the repository's corpus.
final class SyncCommandTests: XCTestCase {
    private var server: Process?
    private var port = 0
    private var corpus: URL!

    override func setUpWithError() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestFixtures.fakeContentAPI.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        server = process
        let line = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        port = try XCTUnwrap(Int(line.split(separator: " ").dropFirst().first ?? ""), "fake server said: \(line)")
        corpus = FileManager.default.temporaryDirectory.appendingPathComponent("guide-sync-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        server?.terminate()
        server?.waitUntilExit()
        try? FileManager.default.removeItem(at: corpus)
    }

    private func sync(key: String = "test-key", _ extra: [String] = []) throws -> GuideProcess.Result {
        try GuideProcess.run(["sync", "--api", "http://127.0.0.1:\(port)/innhold"] + extra, corpus: corpus,
                             environment: ["GUIDE_HAPI_KEY": key])
    }

    @discardableResult
    private func control(_ path: String, post: Bool = true) throws -> Data {
        // Through curl: the test bundle does not link FoundationNetworking.
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        curl.arguments = ["curl", "-s", "-X", post ? "POST" : "GET", "http://127.0.0.1:\(port)/_fake/\(path)"]
        let out = Pipe()
        curl.standardOutput = out
        try curl.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        return data
    }

    private func stats() throws -> (requests: Int, items: Int) {
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: control("stats", post: false)) as? [String: Any])
        return (object["requests"] as? Int ?? -1, object["items"] as? Int ?? -1)
    }

    private var mirror: URL { corpus.appendingPathComponent("helsedirektoratet") }

    private func assertMirrorEqualsServer(file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = corpus.deletingLastPathComponent().appendingPathComponent(corpus.lastPathComponent + "-expected")
        defer { try? FileManager.default.removeItem(at: expected) }
        try control("dump?dir=\(expected.path)")
        let want = try FileManager.default.contentsOfDirectory(atPath: expected.path).sorted()
        let have = try FileManager.default.contentsOfDirectory(atPath: mirror.path).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(have, want, file: file, line: line)
        for name in want where FileManager.default.contents(atPath: mirror.appendingPathComponent(name).path)
            != FileManager.default.contents(atPath: expected.appendingPathComponent(name).path) {
            XCTFail("\(name) differs from what the server sent", file: file, line: line)
        }
    }

    func testFullSyncThenOnlyTheChanges() throws {
        let first = try sync()
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("2664 nye, 0 endret, 0 fjernet"), first.stderr)
        try assertMirrorEqualsServer()

        try control("reset-stats")
        try control("change?count=20")
        try control("remove?count=3")
        let second = try sync()
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(second.stderr.contains("0 nye, 20 endret, 3 fjernet"), second.stderr)
        // The index follows in place: only the products of the changed and removed items are replaced.
        XCTAssertTrue(first.stderr.contains("bygger indeksen"), first.stderr)
        XCTAssertTrue(second.stderr.contains("synkroniseringen endret 23 elementer; oppdaterte "), second.stderr)
        XCTAssertTrue(second.stderr.contains(" på stedet ("), second.stderr)
        XCTAssertFalse(second.stderr.contains("bygger indeksen"), second.stderr)
        // The change feed and the 23 items it names, nothing else.
        XCTAssertEqual(try stats().requests, 24)
        try assertMirrorEqualsServer()
    }

    func testFaultsAreRetried() throws {
        try control("faults?status429=5&status503=5&truncate=5&slow=2&delay=2&retry_after=1")
        let result = try sync(["--timeout", "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("0 feilet"), result.stderr)
        try assertMirrorEqualsServer()
    }

    func testWrongKeyChangesNothing() throws {
        let result = try sync(key: "wrong")
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("HTTP 401") && result.stderr.contains("GUIDE_HAPI_KEY"), result.stderr)
        XCTAssertFalse(result.stderr.contains("wrong"), "the key is never shown")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: corpus.path), [])
    }

    func testUnreachableAddressChangesNothing() throws {
        let result = try GuideProcess.run(["sync", "--api", "http://127.0.0.1:1/innhold"], corpus: corpus,
                                          environment: ["GUIDE_HAPI_KEY": "test-key"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("når ikke innholds-API-et"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: corpus.path), [])
    }

    func testKilledSyncCompletesOnRerun() throws {
        try control("faults?base_delay=0.01")
        let process = Process()
        process.executableURL = GuideProcess.binary
        process.arguments = ["sync", "--corpus", corpus.path, "--api", "http://127.0.0.1:\(port)/innhold", "--jobs", "2"]
        process.environment = ProcessInfo.processInfo.environment.merging(["GUIDE_HAPI_KEY": "test-key"]) { $1 }
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Past the first state save (every second), then SIGKILL mid-walk.
        Thread.sleep(forTimeInterval: 3)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let stored = try FileManager.default.contentsOfDirectory(atPath: mirror.path).filter { !$0.hasPrefix(".") }
        XCTAssertGreaterThan(stored.count, 0)
        XCTAssertLessThan(stored.count, 2664)
        for name in stored {
            let data = try Data(contentsOf: mirror.appendingPathComponent(name))
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), "\(name) is not whole JSON")
        }
        // Search answers from what the stopped sync left: whole items only, indexed as they are.
        let meanwhile = try GuideProcess.run(["search", "--json", "pasientforløp"], corpus: corpus)
        XCTAssertEqual(meanwhile.status, 0, meanwhile.stderr)
        XCTAssertNoThrow(try GuideProcess.json(meanwhile.stdout))
        try control("faults?base_delay=0")
        try control("reset-stats")
        let rerun = try sync()
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertTrue(rerun.stderr.contains("gjenopptatt"), rerun.stderr)
        XCTAssertLessThan(try stats().items, 2664, "the rerun went on instead of starting over")
        try assertMirrorEqualsServer()
        let after = try GuideProcess.run(["search", "--json", "pasientforløp"], corpus: corpus)
        XCTAssertEqual(after.status, 0, after.stderr)
        XCTAssertFalse((try GuideProcess.json(after.stdout)["results"] as? [Any] ?? []).isEmpty, after.stdout.prefix(300).description)
    }
}
