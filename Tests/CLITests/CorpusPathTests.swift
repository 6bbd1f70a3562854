import Foundation
import XCTest

/// `--corpus` may be relative, with "." and ".." in it: guide resolves it against the working
/// directory, and shows and uses the plain absolute path.
final class CorpusPathTests: XCTestCase {
    func testRelativeCorpusPathIsResolvedAgainstTheWorkingDirectory() throws {
        let corpus = try GuideProcess.corpusCopy()
        let root = corpus.deletingLastPathComponent()
        let process = Process()
        process.executableURL = GuideProcess.binary
        process.arguments = ["check", "--json", "--corpus", "./Corpus/../Corpus/.//"]
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GUIDE_") }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let health = try GuideProcess.json(String(decoding: stdout, as: UTF8.self))
        XCTAssertEqual(health["corpus"] as? String, root.path + "/Corpus")
        XCTAssertEqual(health["index"] as? String, root.path + "/Corpus/.guide-index.sqlite")
    }
}
