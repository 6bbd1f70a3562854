import Foundation
import XCTest

/// `guide plan` end to end on a copy of the bundled corpus: stdout, stderr, exit codes, JSON.
final class PlanCommandTests: XCTestCase {
    private var corpus: URL!

    override func setUpWithError() throws {
        corpus = try GuideProcess.corpusCopy()
    }

    private func plan(_ arguments: [String]) throws -> GuideProcess.Result {
        try GuideProcess.run(["plan"] + arguments, corpus: corpus, environment: ["NO_COLOR": "1"])
    }

    func testMECFSHomeCarePrintsTheNestedPlanItemsWithTheirSource() throws {
        let result = try plan(["ME/CFS", "helsehjelp", "i", "hjemmet"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let out = result.stdout
        XCTAssertTrue(out.hasPrefix("HØRINGSUTKAST – Kildene er utkast på høring, ikke gjeldende råd.\n"
                                    + "Planen bør inneholde – fra 1 sjekkliste\n  • Hva er viktig for pasienten?\n"), out)
        XCTAssertTrue(out.contains("  • Hvordan ivareta:\n    • behov for sosial kontakt\n    • fysisk og kognitive funksjoner\n"),
                      out)
        XCTAssertEqual(out.components(separatedBy: "\n").filter { $0.hasPrefix("  • ") }.count, 9, out)
        XCTAssertEqual(out.components(separatedBy: "\n").filter { $0.hasPrefix("    • ") }.count, 3, out)
        for expected in ["[1] «Plan for oppfølging bør inneholde punkter", "Sjekkliste: innhold i plan – plan for oppfølging",
                         "9 punkter, 3 underpunkter", "Kilde: Corpus/me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon.txt:",
                         "Vis hele: guide show me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon/1.1"] {
            XCTAssertTrue(out.contains(expected), "missing \(expected) in:\n\(out)")
        }
        XCTAssertFalse(out.contains("Oppgaver knyttet til planen"), "no ALS tasks for ME/CFS:\n\(out)")
        XCTAssertFalse(out.contains("\u{1B}["), "no colour when not on a terminal")
    }

    func testALSJSONHasTheBehandlingsplanAndTheCoordinatorTasksWithSources() throws {
        let result = try plan(["--json", "ALS"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try GuideProcess.json(result.stdout)
        XCTAssertEqual(Set(json.keys), ["checklists", "corrections", "plan", "planAsked", "situation", "tasks", "terms"])
        XCTAssertEqual(json["situation"] as? String, "ALS")
        let checklists = try XCTUnwrap(json["checklists"] as? [[String: Any]])
        XCTAssertTrue(checklists.contains { ($0["leadIn"] as? String) == "Oppgaver for ALS-koordinator kan være å:" })
        for checklist in checklists {
            for key in ["number", "topic", "plan", "leadIn", "guideline", "recommendation", "part", "source", "fit", "itemCount"] {
                XCTAssertNotNil(checklist[key], "checklist lacks \(key)")
            }
        }
        let tasks = try XCTUnwrap(json["tasks"] as? [[String: Any]])
        let behandlingsplan = try XCTUnwrap(tasks.first { ($0["text"] as? String)?.contains("behandlingsplan") == true })
        let source = try XCTUnwrap((behandlingsplan["sources"] as? [[String: Any]])?.first)
        XCTAssertEqual((source["guideline"] as? [String: Any])?["status"] as? String, "hearingDraft")
        XCTAssertEqual((source["source"] as? [String: Any])?["path"] as? String, "Corpus/als-samhandling-og-oppfolging.txt")
        XCTAssertNotNil(source["recommendation"] as? [String: Any])
        XCTAssertNotNil(source["part"] as? String)
    }

    func testWithoutSituationAndWithOddInputNeverFails() throws {
        let all = try plan([])
        XCTAssertEqual(all.status, 0, all.stderr)
        XCTAssertTrue(all.stdout.contains("Planen bør inneholde") && all.stdout.contains("Oppgaver knyttet til planen"), all.stdout)
        for arguments in [["--", "-\"*) NEAR/3 OR"], ["kreft"], ["'; DROP TABLE checklists; --"], ["--json", "æøå ÆØÅ"]] {
            let result = try plan(arguments)
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertFalse(result.stdout.isEmpty, "\(arguments)")
        }
        XCTAssertTrue(try plan(["kreft"]).stdout.hasPrefix("Fant ingen sjekkliste om hva en plan bør inneholde for «kreft»."))
    }

    func testLinesFitIn100ColumnsAndUsageErrorsExit64() throws {
        for arguments in [[], ["ALS"], ["ME/CFS hjemme"]] {
            let result = try plan(arguments)
            let long = result.stdout.components(separatedBy: "\n").filter {
                $0.count > 100 && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("http")
            }
            XCTAssertEqual(long, [], "\(arguments): lines wider than 100 columns")
        }
        XCTAssertEqual(try plan(["--limit", "0", "ALS"]).status, 64)
        XCTAssertEqual(try plan(["--limt", "2"]).status, 64)
        let help = try GuideProcess.run(["help", "plan"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("BRUK: guide plan [<situasjon>…]"), help.stdout)
    }
}
