import Foundation
import XCTest

/// `guide law` end to end on a copy of the bundled corpus: stdout, stderr, exit codes, JSON.
final class LawCommandTests: XCTestCase {
    private var corpus: URL!

    override func setUpWithError() throws {
        corpus = try GuideProcess.corpusCopy()
    }

    private func law(_ arguments: [String]) throws -> GuideProcess.Result {
        try GuideProcess.run(["law"] + arguments, corpus: corpus, environment: ["NO_COLOR": "1"])
    }

    func testWithoutArgumentsListsEveryCitedActWithCounts() throws {
        let result = try law([])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("helsepersonelloven · sitert i 4 råd\n  https://lovdata.no/lov/1999-07-02-64\n"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("  § 10a    3  https://lovdata.no/lov/1999-07-02-64/§10a"), result.stdout)
        XCTAssertTrue(result.stdout.contains("kapittel 3    1  https://lovdata.no/dokument/NL/lov/1999-07-02-63/KAPITTEL_3"),
                      result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    func testSection10aInAnyWrittenFormFindsEveryCitingRecommendation() throws {
        let forms: [[String]] = [["helsepersonelloven", "§", "10a"], ["helsepersonelloven § 10a"], ["hpl", "10", "a"],
                                 ["hpl", "§10a"], ["lov", "om", "helsepersonell", "§", "10", "a"], ["Helsepersonellovens", "§10A"]]
        var outputs: Set<String> = []
        for arguments in forms {
            let result = try law(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            outputs.insert(result.stdout)
            let stdout = result.stdout
            XCTAssertTrue(stdout.hasPrefix("helsepersonelloven § 10a · sitert i 3 råd\nhttps://lovdata.no/lov/1999-07-02-64/§10a\n"),
                          "\(arguments): \(stdout)")
            for expected in ["guide show als-samhandling-og-oppfolging/2.1", "guide show als-samhandling-og-oppfolging/2.3",
                             "guide show me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon/1.1",
                             "gjennomføring av diagnosesamtalen", "Pårørende barn i alderen 0-18", "HØRINGSUTKAST",
                             "«Pårørende barn har egne rettigheter, jamfør helsepersonelloven § 10a (lovdata.no).»"] {
                XCTAssertTrue(stdout.contains(expected), "\(arguments): missing \(expected) in:\n\(stdout)")
            }
        }
        XCTAssertEqual(outputs.count, 1, "every written form gives the same answer")
    }

    func testLinesFitIn100Columns() throws {
        for arguments in [[], ["pbrl"], ["hpl", "§", "10a"]] {
            let result = try law(arguments)
            let long = result.stdout.components(separatedBy: "\n").filter {
                $0.count > 100 && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("http") && !$0.contains("https://lovdata.no/")
            }
            XCTAssertEqual(long, [], "\(arguments): lines wider than 100 columns")
        }
    }

    func testUnknownActFailsWithASuggestion() throws {
        let result = try law(["helsepersonellov", "§", "10a"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("ukjent lov: «helsepersonellov»; mente du «helsepersonelloven»?"), result.stderr)
        let far = try law(["opplæringslova"])
        XCTAssertEqual(far.status, 1)
        XCTAssertTrue(far.stderr.contains("ukjent lov: «opplæringslova»"), far.stderr)
    }

    func testKnownActThatIsNotCitedIsAnEmptyAnswer() throws {
        let result = try law(["fastlegeforskriften"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "Ingen råd i indeksen viser til fastlegeforskriften.\nhttps://lovdata.no/forskrift/2012-08-29-842\n")
        let json = try GuideProcess.json(try law(["--json", "hpl", "§", "99"]).stdout)
        XCTAssertEqual(json["count"] as? Int, 0)
        XCTAssertEqual((json["recommendations"] as? [Any])?.count, 0)
    }

    func testUnreadableSectionFails() throws {
        let result = try law(["hpl", "§", "abc"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("kan ikke lese paragrafen «§ abc»"), result.stderr)
    }

    func testJSONShape() throws {
        let overview = try GuideProcess.json(try law(["--json"]).stdout)
        let acts = try XCTUnwrap(overview["acts"] as? [[String: Any]])
        XCTAssertEqual(acts.first?["act"] as? String, "helsepersonelloven")
        XCTAssertEqual(acts.first?["count"] as? Int, 4)
        let provision = try XCTUnwrap((acts.first?["provisions"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(provision.keys), ["citation", "count", "part", "section", "url"])
        XCTAssertTrue(provision["part"] is NSNull, "absent values are null")

        let result = try law(["--json", "hpl", "10", "a"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try GuideProcess.json(result.stdout)
        XCTAssertEqual(Set(json.keys), ["act", "count", "kind", "part", "provisions", "query", "recommendations", "section", "url"])
        XCTAssertEqual(json["section"] as? String, "§ 10a")
        XCTAssertEqual(json["query"] as? String, "hpl 10 a")
        let recommendations = try XCTUnwrap(json["recommendations"] as? [[String: Any]])
        XCTAssertEqual(recommendations.count, 3)
        let first = try XCTUnwrap(recommendations.first)
        XCTAssertEqual(Set(first.keys), ["chapter", "citations", "guideline", "passages", "recommendation", "source"])
        XCTAssertEqual((first["guideline"] as? [String: Any])?["status"] as? String, "hearingDraft")
        let passage = try XCTUnwrap((first["passages"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(passage.keys), ["citations", "kind", "lines", "snippet", "title"])
        // Sorted keys: the text is stable from run to run.
        XCTAssertEqual(result.stdout, try law(["--json", "hpl", "10", "a"]).stdout)
    }

    func testHelpPage() throws {
        let result = try GuideProcess.run(["help", "law"])
        XCTAssertEqual(result.status, 0)
        for heading in ["OVERSIKT:", "BRUK: guide law", "ARGUMENTER:", "VALG:"] {
            XCTAssertTrue(result.stdout.contains(heading), "missing \(heading)")
        }
        XCTAssertTrue(try GuideProcess.run(["help"]).stdout.contains("law [lov [§ n]]"))
    }
}
