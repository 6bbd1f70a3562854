import Foundation
import XCTest

/// The CLI contract: streams, exit codes (0 ok, 1 failure, 64 usage), help and version.
final class CommandLineTests: XCTestCase {
    func testVersionAndHelpGoToStdout() throws {
        let version = try GuideProcess.run(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.hasPrefix("guide "))
        let help = try GuideProcess.run(["help", "search"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("BRUK: guide search"), help.stdout)
        XCTAssertTrue(try GuideProcess.run([]).stdout.contains("KOMMANDOER:"))
    }

    func testUsageErrorsExit64WithAHint() throws {
        let cases: [([String], String)] = [
            (["serch", "x"], "mente du 'search'?"),
            (["search", "--limt", "3", "x"], "mente du '--limit'?"),
            (["search", "--limit", "0", "x"], "'--limit' tar et helt tall"),
            (["search", "--limit"], "'--limit' mangler en verdi"),
            (["show"], "'show' tar nøyaktig 1 argument"),
            (["eval"], "'eval' tar nøyaktig 1 argument"),
            (["search"], "'search' trenger <søk>"),
            (["search", "--limit", "3"], "'search' trenger <søk>"),
            (["export"], "'export' trenger <id|søk>"),
            (["analyze"], "'analyze' trenger <tekst>"),
            (["list", "extra"], "'list' tar ingen argumenter"),
        ]
        let corpus = try GuideProcess.corpusCopy()
        for (arguments, message) in cases {
            let result = try GuideProcess.run(arguments, corpus: corpus)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("Bruk:"), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
    }

    func testUnknownRecommendationFailsWithExit1() throws {
        let result = try GuideProcess.run(["show", "finnes-ikke/9.9"], corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("ingen anbefaling har id-en 'finnes-ikke/9.9'"), result.stderr)
    }

    func testMissingCorpusAndIndexIsAClearFailure() throws {
        let nowhere = FileManager.default.temporaryDirectory.appendingPathComponent("guide-none-\(UUID().uuidString)")
        let result = try GuideProcess.run(["search", "pårørende"], corpus: nowhere)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("fant ikke korpusmappen:\n  \(nowhere.path) (valgt med --corpus eller GUIDE_CORPUS)"), result.stderr)
    }

    func testOddQueriesExitZero() throws {
        let corpus = try GuideProcess.corpusCopy()
        _ = try GuideProcess.run(["index"], corpus: corpus)
        for query in ["\"", "*", "-", "^", "NEAR(", "AND", "§", "(", ")", "'; DROP TABLE passages; --", ""] {
            let result = try GuideProcess.run(["search", "--", query], corpus: corpus)
            XCTAssertEqual(result.status, 0, "query \(query.debugDescription): \(result.stderr)")
            XCTAssertEqual(result.stderr, "", "query \(query.debugDescription)")
        }
    }
}
