import Foundation
import XCTest

/// Runs the built `guide` binary the way a user does, capturing stdout, stderr and the exit code.
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

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A private copy of the bundled corpus, so tests never touch the repository's index.
    static func corpusCopy() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-cli-\(UUID().uuidString)")
        let corpus = directory.appendingPathComponent("Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let source = repositoryRoot.appendingPathComponent("Corpus")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        return corpus
    }

    static func run(_ arguments: [String], corpus: URL? = nil, environment extra: [String: String] = [:],
                    executable: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "GUIDE_DB")
        environment.removeValue(forKey: "GUIDE_CORPUS")
        if let corpus { environment["GUIDE_CORPUS"] = corpus.path }
        environment.merge(extra) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                      status: process.terminationStatus)
    }

    static func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(object as? [String: Any], "not a JSON object: \(text.prefix(200))", file: file, line: line)
    }
}
