import Foundation
import TestFixtures
import XCTest

/// `guide export` end to end on a copy of the bundled corpus: files written atomically, formats,
/// exit codes, JSON shape.
final class ExportCommandTests: XCTestCase {
    private var corpus: URL!

    override func setUpWithError() throws {
        corpus = try GuideProcess.corpusCopy()
    }

    /// Made on a day while the ALS draft's hearing was open (deadline 30 June 2023), unless told.
    private func export(_ arguments: [String], today: String = "2023-06-01") throws -> GuideProcess.Result {
        try GuideProcess.run(["export"] + arguments, corpus: corpus, environment: ["NO_COLOR": "1", "GUIDE_TODAY": today])
    }

    func testHTMLToAFileLeavesStdoutEmptyAndSaysWhereOnStderr() throws {
        let file = corpus.deletingLastPathComponent().appendingPathComponent("handout.html")
        let result = try export(["als/2.1", "--format", "html", "-o", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("skrev 1 anbefaling (html) til \(file.path)"), result.stderr)
        let html = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("HØRINGSUTKAST (høringsfrist 30. juni 2023)"))
        XCTAssertTrue(html.contains("<li id=\"ref-1\" value=\"1\">Helsedirektoratet (u.å.). ALS – samhandling og oppfølging"), html)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
            .filter { $0 != "Corpus" && $0 != "handout.html" }
        XCTAssertEqual(leftovers, [], "no temporary file left beside the handout")
    }

    func testTheFormatFollowsTheFileExtensionAndDefaultsToMarkdown() throws {
        let file = corpus.deletingLastPathComponent().appendingPathComponent("kurs.HTML")
        XCTAssertEqual(try export(["pårørende", "barn", "-o", file.path]).status, 0)
        XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        let markdown = try export(["pårørende", "barn"])
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.hasPrefix("# Utvalgte råd fra 2 retningslinjer og veiledere\n"), markdown.stdout)
        XCTAssertFalse(markdown.stdout.lowercased().contains("pårørende barn\n"), "the query is not the title")
        XCTAssertTrue(markdown.stdout.contains("## Referanser\n\n1\\. Helsedirektoratet (u.å.)."), markdown.stdout)
        XCTAssertTrue(markdown.stdout.contains("2\\. Helsedirektoratet (2026). Utmattelse – langvarig utmattelse, inkl. ME/CFS (høringsutkast) "
                                               + "\\[nettdokument\\]. Oslo: Helsedirektoratet (lest 04. februar 2026). Tilgjengelig fra <https://"),
                      markdown.stdout)
    }

    func testADraftWhoseDeadlinePassedSaysSoInEveryForm() throws {
        let closed = "HØRINGSUTKAST – høringsfristen gikk ut 30. juni 2023; en endelig versjon kan finnes (se helsedirektoratet.no)"
        let markdown = try export(["als/2.1"], today: "2026-12-07")
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.contains("> **\(closed)**"), markdown.stdout)
        XCTAssertFalse(markdown.stdout.contains("(høringsfrist 30. juni 2023)"), markdown.stdout)
        XCTAssertTrue(markdown.stdout.contains("laget 7. desember 2026"), "the handout's day is the same day: \(markdown.stdout)")
        let html = try export(["als/2.1", "--format", "html"], today: "2026-12-07").stdout
        XCTAssertTrue(html.contains("<strong>\(closed)</strong>"), html)
        let json = try GuideProcess.json(try export(["als/2.1", "--json"], today: "2026-12-07").stdout)
        let recommendation = try XCTUnwrap(((json["handout"] as? [String: Any])?["recommendations"] as? [[String: Any]])?.first)
        XCTAssertEqual((recommendation["guideline"] as? [String: Any])?["hearingClosed"] as? Bool, true)
        XCTAssertEqual(recommendation["hearingDraft"] as? String, closed)
        let show = try GuideProcess.run(["show", "als/2.1"], corpus: corpus, environment: ["NO_COLOR": "1", "GUIDE_TODAY": "2026-12-07"])
        XCTAssertTrue(show.stdout.replacingOccurrences(of: "\n", with: " ").hasPrefix(closed), show.stdout)
        let search = try GuideProcess.run(["search", "koordinator"], corpus: corpus, environment: ["NO_COLOR": "1", "GUIDE_TODAY": "2026-12-07"])
        XCTAssertTrue(search.stdout.replacingOccurrences(of: "\n    ", with: " ").contains("HØRINGSUTKAST – høringsfristen gikk ut"), search.stdout)
        let open = try GuideProcess.run(["list", "--json"], corpus: corpus, environment: ["GUIDE_TODAY": "2023-06-30"])
        let guidelines = try XCTUnwrap(try GuideProcess.json(open.stdout)["guidelines"] as? [[String: Any]])
        XCTAssertEqual(guidelines.first?["hearingClosed"] as? Bool, false, "the deadline day itself is open")
    }

    /// A hearing page that says its deadline passed, without a date, and when the final version is
    /// expected: every form says the hearing is closed, whatever the day.
    func testAHearingStatedClosedWithoutADateIsShownClosedWithItsExpectedCompletion() throws {
        let page = "web-horing-frist-utlopt.txt"
        try FileManager.default.copyItem(at: TestFixtures.readerFixtures.appendingPathComponent(page), to: corpus.appendingPathComponent(page))
        let closed = "HØRINGSUTKAST – høringsfristen er utløpt; endelig versjon ventet høsten 2022 (se helsedirektoratet.no)"
        let markdown = try export(["web-horing-frist-utlopt/1.1"], today: "2022-03-01")
        XCTAssertEqual(markdown.status, 0, markdown.stderr)
        XCTAssertTrue(markdown.stdout.contains("> **\(closed)**"), markdown.stdout)
        let html = try export(["web-horing-frist-utlopt/1.1", "--format", "html"], today: "2022-03-01").stdout
        XCTAssertTrue(html.contains("<strong>\(closed)</strong>"), html)
        let list = try GuideProcess.run(["list"], corpus: corpus, environment: ["NO_COLOR": "1", "COLUMNS": "200"])
        XCTAssertTrue(list.stdout.contains("  \(closed)\n"), list.stdout)
        let json = try GuideProcess.json(try GuideProcess.run(["list", "--json"], corpus: corpus).stdout)
        let draft = try XCTUnwrap((json["guidelines"] as? [[String: Any]])?.first { $0["id"] as? String == "web-horing-frist-utlopt" })
        XCTAssertEqual(draft["hearingClosed"] as? Bool, true)
        XCTAssertEqual(draft["hearingPassedStated"] as? Bool, true)
        XCTAssertEqual(draft["expectedCompletion"] as? String, "høsten 2022")
        let als = try XCTUnwrap((json["guidelines"] as? [[String: Any]])?.first { $0["id"] as? String == "als-samhandling-og-oppfolging" })
        XCTAssertNil(als["expectedCompletion"], "a page that does not say when has no expected completion")
        XCTAssertNil(als["hearingPassedStated"], "nor a passed deadline stated")
    }

    func testATopicsHandoutTakesTheAnsweringPartsAndWholeTakesAll() throws {
        let cut = try export(["barn som pårørende"])
        XCTAssertEqual(cut.status, 0, cut.stderr)
        XCTAssertTrue(cut.stdout.contains("### Pårørende\n"), cut.stdout)
        XCTAssertFalse(cut.stdout.contains("### Tilrettelegging\n"), cut.stdout)
        XCTAssertTrue(cut.stdout.contains("*Utdrag: anbefalingen og de delene som svarer på emnet."), cut.stdout)
        let whole = try export(["barn som pårørende", "--whole"])
        XCTAssertEqual(whole.status, 0, whole.stderr)
        XCTAssertTrue(whole.stdout.contains("### Tilrettelegging\n"), whole.stdout)
        XCTAssertFalse(whole.stdout.contains("Utdrag:"), whole.stdout)
        XCTAssertTrue(try GuideProcess.run(["help", "export"]).stdout.contains("--whole"))
    }

    func testUnknownFormatIsAUsageError() throws {
        let result = try export(["als/2.1", "--format", "pdf"])
        XCTAssertEqual(result.status, 64)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("ukjent format 'pdf'"), result.stderr)
        XCTAssertEqual(try export([]).status, 64, "nothing to export")
    }

    func testNothingSelectedFails() throws {
        let noHits = try export(["kvantefysikk"])
        XCTAssertEqual(noHits.status, 1)
        XCTAssertEqual(noHits.stdout, "")
        XCTAssertTrue(noHits.stderr.contains("ingen anbefaling passer til søket"), noHits.stderr)
        let unknown = try export(["als/9.9", "pårørende"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("ingen anbefaling har id-en 'als/9.9'"), unknown.stderr)
    }

    func testJSONHoldsTheWholeHandout() throws {
        let result = try export(["me-cfs/1.1", "als/2.3", "--json", "--with-rationale", "--title", "Pårørende"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let handout = try XCTUnwrap(try GuideProcess.json(result.stdout)["handout"] as? [String: Any])
        XCTAssertEqual(handout["title"] as? String, "Pårørende")
        XCTAssertEqual(handout["includesRationale"] as? Bool, true)
        let recommendations = try XCTUnwrap(handout["recommendations"] as? [[String: Any]])
        XCTAssertEqual(recommendations.compactMap { $0["id"] as? String },
                       ["als-samhandling-og-oppfolging/2.3", "me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon/1.1"],
                       "corpus order, not the order typed")
        XCTAssertEqual(recommendations.compactMap { $0["reference"] as? Int }, [1, 2])
        let parts = try XCTUnwrap(recommendations[0]["parts"] as? [[String: Any]])
        XCTAssertEqual(parts.compactMap { $0["kind"] as? String }, ["recommendation", "practical", "rationale"])
        let references = try XCTUnwrap(handout["references"] as? [[String: Any]])
        XCTAssertEqual(references.compactMap { $0["number"] as? Int }, [1, 2])
        let citation = try XCTUnwrap(references[1]["citation"] as? String)
        XCTAssertTrue(citation.hasPrefix("Helsedirektoratet (2026). Utmattelse"), citation)
        let parts0 = try XCTUnwrap(references[0]["parts"] as? [String: Any])
        XCTAssertEqual(parts0["place"] as? String, "Oslo", "the place comes from the .meta file beside the PDF text")
        XCTAssertEqual(parts0["hearingDraft"] as? Bool, true)
        for recommendation in recommendations {
            for key in ["guideline", "chapter", "legalReferences", "source", "hearingDraft", "title"] {
                XCTAssertNotNil(recommendation[key], "missing \(key)")
            }
        }
    }
}
