import Foundation
import TestFixtures
import XCTest

/// Runs the built `guide` binary the way a user does, capturing stdout, stderr and the exit code,
/// in a temporary working directory: beside the given corpus, or holding a copy of the bundled one,
/// so that a command without `--corpus` never reads the checkout's `Corpus/`.
struct GuideProcess {
    struct Result {
        let stdout: String
        let stderr: String
        let status: Int32
    }

    static var binary: URL {
        // Tests run from the products directory, where `guide` is built beside the test bundle.
        Bundle.main.bundleURL.appendingPathComponent("guide")
    }

    /// A private copy of the bundled corpus (`TestFixtures.bundledCorpus`), so tests never read the
    /// checkout's `Corpus/` nor touch its index.
    static func corpusCopy() throws -> URL {
        try TestFixtures.corpusCopy(label: "cli")
    }

    static func run(_ arguments: [String], corpus: URL? = nil, environment extra: [String: String] = [:],
                    executable: URL? = nil, directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "GUIDE_DB")
        environment.removeValue(forKey: "GUIDE_CORPUS")
        // Text wraps at COLUMNS when set; tests that want a width pass it.
        environment.removeValue(forKey: "COLUMNS")
        if let corpus { environment["GUIDE_CORPUS"] = corpus.path }
        environment.merge(extra) { $1 }
        process.environment = environment
        process.currentDirectoryURL = try directory ?? corpus?.deletingLastPathComponent() ?? corpusCopy().deletingLastPathComponent()
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes read at once, before waiting: a child that fills one pipe while the other is
        // read to its end would block for ever (thousands of warnings on stderr did).
        let stderrRead = DispatchGroup()
        nonisolated(unsafe) var stderr = Data()
        DispatchQueue.global().async(group: stderrRead) { stderr = err.fileHandleForReading.readDataToEndOfFile() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        stderrRead.wait()
        process.waitUntilExit()
        return Result(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                      status: process.terminationStatus)
    }

    static func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any], "not a JSON object: \(text.prefix(200))", file: file, line: line)
    }
}
