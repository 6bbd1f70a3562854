import Foundation
import XCTest

/// Issue 20, part 3: help, errors and warnings in Bokmål with one prefix, exit codes as before, and
/// text wrapped at the terminal's width.
final class NorwegianOutputTests: XCTestCase {
    static let commands = ["search", "show", "list", "plan", "law", "role", "export", "serve", "mcp", "analyze", "eval",
                           "index", "sync", "check", "help"]

    func testHelpIsNorwegianForEveryCommand() throws {
        let root = try GuideProcess.run(["help"])
        XCTAssertEqual(root.status, 0)
        XCTAssertEqual(root.stdout, try GuideProcess.run(["--help"]).stdout)
        XCTAssertTrue(root.stdout.contains("Avslutningskoder: 0 vellykket, 1 feil, 64 feil bruk."), root.stdout)
        for command in Self.commands {
            let page = try GuideProcess.run(["help", command])
            XCTAssertEqual(page.status, 0, command)
            if command != "help" {
                XCTAssertEqual(try GuideProcess.run([command, "--help"]).stdout, page.stdout, "\(command) --help")
            }
            for heading in ["OVERSIKT: ", "BRUK: guide", "VALG:\n"] {
                XCTAssertTrue(page.stdout.contains(heading), "\(command) lacks \(heading): \(page.stdout)")
            }
            for english in ["OVERVIEW", "USAGE", "OPTIONS", " the ", " and ", "(default", "Show ", "Exit codes"] {
                XCTAssertFalse(page.stdout.contains(english), "\(command) says '\(english)': \(page.stdout)")
            }
            XCTAssertTrue(page.stdout.contains("Vis hjelp"), "\(command): --help described in Norwegian")
        }
    }

    func testEveryErrorLineHasTheOnePrefix() throws {
        let corpus = try GuideProcess.corpusCopy()
        let missing = corpus.deletingLastPathComponent().appendingPathComponent("finnes-ikke").path
        let cases: [(arguments: [String], corpus: URL?, status: Int32)] = [
            (["serch", "x"], corpus, 64),
            (["search", "--limit", "0", "x"], corpus, 64),
            (["list", "--must"], corpus, 64),
            (["export", "x", "--format", "pdf"], corpus, 64),
            (["show", "finnes-ikke/9.9"], corpus, 1),
            (["law", "ukjentlov"], corpus, 1),
            (["search", "barn"], nil, 1),
        ]
        for (arguments, corpus, status) in cases {
            let environment = corpus == nil ? ["GUIDE_CORPUS": missing] : [:]
            let result = try GuideProcess.run(arguments, corpus: corpus, environment: environment)
            XCTAssertEqual(result.status, status, "\(arguments): \(result.stderr)")
            let lines = result.stderr.split(separator: "\n").map(String.init)
            // Progress of the build on the way is not an error.
            let errors = lines.filter { !$0.contains("bygger indeksen") && !$0.hasPrefix("guide: indekserte") }
            XCTAssertTrue(errors.first?.hasPrefix("guide: feil: ") == true, "\(arguments): \(result.stderr)")
            for line in errors.dropFirst() {
                // Usage, a pointer to help, a list under the error (indented) or how to choose otherwise.
                XCTAssertTrue(line.hasPrefix("Bruk: guide") || line.hasPrefix("Se 'guide") || line.hasPrefix("Kjente ")
                              || line.hasPrefix("  ") || line.hasPrefix("Velg "),
                              "\(arguments): unexpected line '\(line)'")
            }
            XCTAssertFalse(result.stderr.lowercased().contains("error"), "\(arguments): \(result.stderr)")
        }
    }

    func testWidthFollowsColumns() throws {
        var pages: [Int: String] = [:]
        for width in [40, 80, 200] {
            let page = try GuideProcess.run(["help", "search"], environment: ["COLUMNS": "\(width)"])
            XCTAssertEqual(page.status, 0)
            pages[width] = page.stdout
            XCTAssertEqual(Self.wrappedTooLong(page.stdout, width: width), [], "COLUMNS=\(width)")
        }
        let lineCounts = [40, 80, 200].map { pages[$0, default: ""].split(separator: "\n").count }
        XCTAssertTrue(lineCounts[0] > lineCounts[1] && lineCounts[1] > lineCounts[2], "\(lineCounts)")
        XCTAssertTrue(Self.lines(pages[200, default: ""]).contains { $0.count > 100 }, "200 columns are used")

        // An answer wraps too: a whole recommendation at 40 and at 200 columns.
        let corpus = try GuideProcess.corpusCopy()
        let narrow = try GuideProcess.run(["show", "als/1.1"], corpus: corpus, environment: ["COLUMNS": "40"])
        let wide = try GuideProcess.run(["show", "als/1.1"], corpus: corpus, environment: ["COLUMNS": "200"])
        XCTAssertEqual(narrow.status, 0, narrow.stderr)
        XCTAssertEqual(Self.wrappedTooLong(narrow.stdout, width: 40), [])
        XCTAssertTrue(Self.lines(wide.stdout).contains { $0.count > 100 }, wide.stdout)
        XCTAssertNotEqual(narrow.stdout, wide.stdout)
    }

    func testNotATerminalWrapsAt100AndOddColumnsAreClamped() throws {
        let plain = try GuideProcess.run(["help", "export"])
        XCTAssertEqual(plain.stdout, try GuideProcess.run(["help", "export"], environment: ["COLUMNS": "100"]).stdout)
        XCTAssertEqual(Self.wrappedTooLong(plain.stdout, width: 100), [])
        XCTAssertTrue(Self.lines(plain.stdout).contains { $0.count > 80 }, "wider than 80 without COLUMNS")
        for odd in ["abc", "0", "-5", ""] {
            XCTAssertEqual(try GuideProcess.run(["help", "export"], environment: ["COLUMNS": odd]).stdout, plain.stdout, "COLUMNS=\(odd)")
        }
        let tiny = try GuideProcess.run(["help", "export"], environment: ["COLUMNS": "5"])
        XCTAssertEqual(tiny.stdout, try GuideProcess.run(["help", "export"], environment: ["COLUMNS": "40"]).stdout, "clamped to 40")
    }

    /// On a terminal (a pseudo-terminal made by util-linux's `script`, 60 columns) without COLUMNS,
    /// the terminal's own width counts.
    func testATerminalsWidthCountsWithoutColumns() throws {
        let script = URL(fileURLWithPath: "/usr/bin/script")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: script.path), "util-linux's script is not installed")
        let process = Process()
        process.executableURL = script
        process.arguments = ["-qc", "stty cols 60 rows 20; exec env -u COLUMNS '\(GuideProcess.binary.path)' help search", "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let page = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r", with: "")
        XCTAssertTrue(page.contains("BRUK: guide search"), page)
        XCTAssertEqual(Self.wrappedTooLong(page, width: 60), [], page)
        XCTAssertTrue(Self.lines(page).contains { $0.count > 50 }, "the 60 columns are used: \(page)")
    }

    func testJSONDoesNotDependOnTheWidth() throws {
        let corpus = try GuideProcess.corpusCopy()
        let narrow = try GuideProcess.run(["show", "als/1.1", "--json"], corpus: corpus, environment: ["COLUMNS": "40"])
        let plain = try GuideProcess.run(["show", "als/1.1", "--json"], corpus: corpus)
        XCTAssertEqual(narrow.status, 0)
        XCTAssertEqual(narrow.stdout, plain.stdout)
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Lines longer than the width that could have been broken (more than one word after the indent).
    private static func wrappedTooLong(_ text: String, width: Int) -> [String] {
        lines(text).filter { line in
            line.count > width && line.drop { $0 == " " }.contains(" ")
        }
    }
}
