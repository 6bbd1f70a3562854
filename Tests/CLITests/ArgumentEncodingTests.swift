import Foundation
import XCTest

/// A query typed in a Latin-1 terminal reaches `guide` as bytes that are not UTF-8: it is read as
/// Windows-1252 with a warning naming its position, never split at the bytes nor echoed to stderr.
final class ArgumentEncodingTests: XCTestCase {
    /// Runs `guide` through the shell, since Foundation would re-encode a String argument as UTF-8.
    private func guide(_ shellArguments: String, corpus: URL) throws -> GuideProcess.Result {
        try GuideProcess.run(["-c", "exec \"$0\" \(shellArguments)", GuideProcess.binary.path], corpus: corpus,
                             executable: URL(fileURLWithPath: "/bin/sh"))
    }

    func testALatin1QueryIsReadAsWindows1252WithAWarning() throws {
        let corpus = try GuideProcess.corpusCopy()
        XCTAssertEqual(try GuideProcess.run(["index"], corpus: corpus).status, 0)
        let latin1 = try guide("search --json \"$(printf 'p\\345r\\370rende')\"", corpus: corpus)
        XCTAssertEqual(latin1.status, 0, latin1.stderr)
        XCTAssertEqual(latin1.stderr, "guide: advarsel: argument 3 er ikke UTF-8; lest som Windows-1252\n")
        XCTAssertFalse(latin1.stderr.contains("rende"), "the query is never written to stderr")
        let utf8 = try GuideProcess.run(["search", "--json", "pårørende"], corpus: corpus)
        XCTAssertEqual(utf8.stderr, "")
        XCTAssertEqual(latin1.stdout, utf8.stdout, "the Latin-1 query finds what the UTF-8 one does")
        let hits = try GuideProcess.json(latin1.stdout)["results"] as? [Any]
        XCTAssertFalse(hits?.isEmpty ?? true, latin1.stdout.prefix(300).description)
    }

    func testUTF8ArgumentsGiveNoWarning() throws {
        let corpus = try GuideProcess.corpusCopy()
        XCTAssertEqual(try GuideProcess.run(["index"], corpus: corpus).status, 0)
        let result = try guide("search \"$(printf 'p\\303\\245r\\303\\270rende')\"", corpus: corpus)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stderr, "")
    }

    /// As a path, bytes that are not UTF-8 would name another file than the user's: refused, nothing made.
    func testAPathThatIsNotUTF8IsRefused() throws {
        let corpus = try GuideProcess.corpusCopy()
        let directory = corpus.deletingLastPathComponent().path
        for arguments in ["search --db \"\(directory)/$(printf 'x\\345.sqlite')\" barn",
                          "search \"--db=\(directory)/$(printf 'x\\345.sqlite')\" barn",
                          "export -o \"\(directory)/$(printf 'x\\345.md')\" barn",
                          "eval \"\(directory)/$(printf 'x\\345.tsv')\""] {
            let result = try guide(arguments, corpus: corpus)
            XCTAssertEqual(result.status, 64, arguments)
            XCTAssertTrue(result.stderr.contains("er ikke UTF-8; guide åpner bare UTF-8-stier"), result.stderr)
            XCTAssertFalse(result.stderr.contains(directory), "the path is never echoed: \(result.stderr)")
        }
        let made = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("x") }
        XCTAssertEqual(made, [], "no file made under another name")
    }
}
