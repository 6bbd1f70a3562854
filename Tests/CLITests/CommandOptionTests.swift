import Foundation
import XCTest

/// Each command takes only the options it declares, and its help page lists exactly those.
final class CommandOptionTests: XCTestCase {
    /// An option of another command is a usage error naming the command it belongs to, before any index is built.
    func testAnotherCommandsOptionIsAUsageErrorNamingItsCommand() throws {
        let cases: [(arguments: [String], owner: String, command: String)] = [
            (["list", "--explain"], "'guide search'", "list"),
            (["law", "--limit", "3"], "'guide search', 'guide plan' og 'guide export'", "law"),
            (["search", "x", "--format", "html"], "'guide export'", "search"),
            (["search", "-o", "x", "pårørende"], "'guide export'", "search"),
            (["index", "--must"], "'guide search'", "index"),
            (["show", "--must", "als/1.1"], "'guide search'", "show"),
            (["check", "--output", "F"], "'guide export'", "check"),
            (["--keys", "k.tsv", "plan"], "'guide eval'", "plan"),
            (["search", "--version", "x"], "'guide'", "search"),
        ]
        let corpus = try GuideProcess.corpusCopy()
        for (arguments, owner, command) in cases {
            let option = try XCTUnwrap(arguments.first { $0.hasPrefix("-") })
            let result = try GuideProcess.run(arguments, corpus: corpus)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
            let lines = result.stderr.components(separatedBy: "\n")
            XCTAssertEqual(lines.first, "guide: feil: '\(option)' er et valg for \(owner), ikke for 'guide \(command)'", "\(arguments)")
            XCTAssertTrue(lines.count > 2 && lines[1].hasPrefix("Bruk: guide \(command) "), "\(arguments): \(result.stderr)")
            XCTAssertEqual(lines.dropFirst(2).first, "Se 'guide help \(command)'.", "\(arguments)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: corpus.appendingPathComponent(".guide-index.sqlite").path),
                       "a usage error builds no index")
    }

    /// `guide index` prints no result, so `--json` is not one of its options.
    func testIndexTakesNoJSON() throws {
        let result = try GuideProcess.run(["index", "--json"], corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("guide: feil: '--json' er et valg for 'guide search', 'guide show', "), result.stderr)
        XCTAssertTrue(result.stderr.contains(", ikke for 'guide index'\nBruk: guide index [--full] [--db PATH] [--corpus DIR]\n"), result.stderr)
    }

    /// One rule for every command: a word starting with "-" or "--" is an option, and one the command
    /// does not take is a usage error, before or after the query; `--` ends options, so a query may
    /// still begin with "-". Options stand before or after the arguments.
    func testDashWordsAreOptionsUntilDoubleDash() throws {
        let corpus = try GuideProcess.corpusCopy()
        _ = try GuideProcess.run(["index"], corpus: corpus)
        for arguments in [["search", "-x", "barn"], ["search", "barn", "-x"], ["search", "pårørende", "-ikke"],
                          ["search", "--foo", "barn"], ["plan", "ALS", "-x"], ["law", "-x"], ["export", "als/1.1", "-x"]] {
            let result = try GuideProcess.run(arguments, corpus: corpus)
            XCTAssertEqual(result.status, 64, "\(arguments): \(result.stderr)")
            let option = arguments.first { $0.hasPrefix("-") } ?? ""
            XCTAssertTrue(result.stderr.hasPrefix("guide: feil: ukjent valg '\(option)'"), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
        }
        let dashed = try GuideProcess.run(["search", "--json", "--", "-x"], corpus: corpus)
        XCTAssertEqual(dashed.status, 0, dashed.stderr)
        XCTAssertEqual(try GuideProcess.json(dashed.stdout)["query"] as? String, "-x", dashed.stdout)
        for arguments in [["search", "--", "-pårørende"], ["--json", "search", "pårørende"],
                          ["search", "pårørende", "--limit=2", "--json"], ["plan", "ALS", "--limit", "2"]] {
            let result = try GuideProcess.run(arguments, corpus: corpus)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr, "", "\(arguments)")
        }
        let unknown = try GuideProcess.run(["list", "--jsn"], corpus: corpus)
        XCTAssertEqual(unknown.status, 64)
        XCTAssertTrue(unknown.stderr.hasPrefix("guide: feil: ukjent valg '--jsn'; mente du '--json'?\nBruk: guide list "), unknown.stderr)
    }

    /// Help is made from the declarations: every option a page lists is taken by its command, every
    /// option listed on another page only is refused by it, and the usage line names only listed options.
    func testHelpListsExactlyTheOptionsEachCommandTakes() throws {
        let overview = try GuideProcess.run(["--help"]).stdout
        // A listing's continued lines (wrapped at the width) are indented further.
        let commands = section("KOMMANDOER", of: overview).filter { !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        XCTAssertEqual(commands, ["search", "show", "list", "plan", "law", "role", "export", "serve", "mcp", "analyze", "eval", "index", "sync", "add", "install", "check", "help"])
        var pages: [String: [String]] = [:]
        for command in commands where command != "help" {
            let page = try GuideProcess.run(["help", command])
            XCTAssertEqual(page.status, 0)
            XCTAssertEqual(try GuideProcess.run([command, "--help"]).stdout, page.stdout, command)
            let listed = section("VALG", of: page.stdout).flatMap(optionNames)
            pages[command] = listed.filter { $0.hasPrefix("--") }
            for named in usageOptions(of: page.stdout) {
                XCTAssertTrue(listed.contains(named), "\(command): the usage line names \(named), which VALG does not list")
            }
        }
        let every = Set(pages.values.joined())
        let values = ["--limit": "3", "--role": "fastlege", "--db": "x.sqlite", "--corpus": "x", "--keys": "k", "--format": "json",
                      "--output": "x", "--title": "x", "--api": "http://127.0.0.1:1/innhold", "--jobs": "2", "--timeout": "5", "--page-size": "3",
                      "--host": "127.0.0.1", "--port": "0", "--prefix": "x"]
        for (command, listed) in pages {
            for option in every.sorted() {
                // --help last: an accepted option only prints the page.
                let result = try GuideProcess.run([command, option] + (values[option].map { [$0] } ?? []) + ["--help"])
                if listed.contains(option) {
                    XCTAssertEqual(result.status, 0, "\(command) \(option): \(result.stderr)")
                } else {
                    XCTAssertEqual(result.status, 64, "\(command) \(option)")
                    XCTAssertTrue(result.stderr.hasPrefix("guide: feil: '\(option)' er et valg for "), "\(command) \(option): \(result.stderr)")
                }
            }
        }
    }

    /// The lines of a help page's section, up to the blank line that ends it.
    private func section(_ name: String, of page: String) -> [String] {
        guard let start = page.range(of: "\(name):\n") else { return [] }
        return Array(page[start.upperBound...].components(separatedBy: "\n").prefix { !$0.isEmpty })
    }

    /// The names an OPTIONS line starts with ("  -o, --output FILE …" → "-o", "--output"); none for a continued line.
    private func optionNames(_ line: String) -> [String] {
        guard line.hasPrefix("  -") else { return [] }
        return line.split(separator: " ").prefix { $0.hasPrefix("-") }.map { String($0.hasSuffix(",") ? $0.dropLast() : $0) }
    }

    /// The options the USAGE line names: "[--limit N]" → "--limit".
    private func usageOptions(of page: String) -> [String] {
        let usage = page.components(separatedBy: "\n\n").first { $0.hasPrefix("BRUK:") } ?? ""
        return usage.components(separatedBy: "[").dropFirst().compactMap { piece in
            let name = piece.prefix { $0 != " " && $0 != "]" }
            return name.hasPrefix("-") ? String(name) : nil
        }
    }
}
