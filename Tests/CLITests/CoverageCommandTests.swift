import Foundation
import TestFixtures
import XCTest

/// What the index covers (`guide list`, `list --summary`, `check`, a search without hits), and the
/// credit and dates of content-API text on every surface that shows it, end to end: a copy of the
/// bundled corpus with the content API's real responses as its mirror (`helsedirektoratet/`).
final class CoverageCommandTests: XCTestCase {
    /// One index for the class: building it takes seconds, and no test here changes the corpus.
    nonisolated(unsafe) private static var mirrored: URL?
    static let multidose = "kommunen-bor-i-samrad-med-aktuelle-leger-utarbeide-kriterier-for-hvilke-pasienter-pasientgrupper-som-kan-tilbys-multidose/1.1"
    static let credit = "Helsedirektoratet, lisens NLOD 2.0"

    /// The bundled corpus plus the seven real responses in the mirror folder, synced "2026-12-01T08:30:00".
    private func corpusWithMirror() throws -> URL {
        if let corpus = Self.mirrored { return corpus }
        let corpus = try TestFixtures.corpusCopy(label: "coverage")
        let mirror = corpus.appendingPathComponent("helsedirektoratet")
        try FileManager.default.createDirectory(at: mirror, withIntermediateDirectories: true)
        let fixtures = TestFixtures.readerFixtures.appendingPathComponent("ContentAPI")
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path).sorted() where name.hasSuffix(".json") {
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: mirror.appendingPathComponent(name))
        }
        try Data(#"{"version":1,"lastComplete":"2026-12-01T08:30:00","paths":{}}"#.utf8)
            .write(to: mirror.appendingPathComponent(".sync-state.json"))
        XCTAssertEqual(try GuideProcess.run(["index"], corpus: corpus).status, 0)
        Self.mirrored = corpus
        return corpus
    }

    private func guide(_ arguments: [String], corpus: URL) throws -> GuideProcess.Result {
        let result = try GuideProcess.run(arguments, corpus: corpus, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
        return result
    }

    // MARK: - Coverage

    func testSummaryCountsKindsSourcesAndTheLastSync() throws {
        let corpus = try corpusWithMirror()
        let text = try guide(["list", "--summary"], corpus: corpus).stdout
        XCTAssertTrue(text.hasPrefix("Indeksen dekker 9 retningslinjer (2 høringsutkast, "), text)
        XCTAssertTrue(text.contains("Nasjonale faglige råd: 2"), text)
        XCTAssertTrue(text.contains("Rundskriv: 1"), text)
        XCTAssertTrue(text.contains("  Fra tekstfiler: 2\n"), text)
        XCTAssertTrue(text.contains("Fra innholdstjenestene (guide sync): 7, sist synkronisert 2026-12-01 08:30 UTC"), text)
        XCTAssertFalse(text.contains("Id:") || text.contains("/1.1"), "the summary lists no recommendations")

        let json = try GuideProcess.json(try guide(["list", "--summary", "--json"], corpus: corpus).stdout)
        let coverage = try XCTUnwrap(json["coverage"] as? [String: Any])
        XCTAssertEqual(Set(coverage.keys), ["guidelines", "hearingDrafts", "recommendations", "textPages", "passages", "kinds",
                                            "sources", "years", "titles", "lastSynced"])
        XCTAssertEqual(coverage["guidelines"] as? Int, 9)
        XCTAssertEqual(coverage["hearingDrafts"] as? Int, 2)
        XCTAssertEqual(coverage["sources"] as? [String: Int], ["textFiles": 2, "contentAPI": 7])
        XCTAssertEqual(coverage["lastSynced"] as? String, "2026-12-01T08:30:00")
        XCTAssertEqual((coverage["titles"] as? [String])?.count, 3, "at most three titles")

        let list = try GuideProcess.json(try guide(["list", "--json"], corpus: corpus).stdout)
        XCTAssertNotNil(list["coverage"] as? [String: Any])
        XCTAssertEqual((list["guidelines"] as? [Any])?.count, 9)
    }

    func testWithoutAMirrorTheIndexWasNeverSyncedAndANoHitSearchSaysWhatItCovers() throws {
        let corpus = try GuideProcess.corpusCopy()
        XCTAssertTrue(try guide(["list"], corpus: corpus).stdout.contains("Fra innholdstjenestene (guide sync): 0, aldri synkronisert\n"))
        XCTAssertTrue(try guide(["check"], corpus: corpus).stdout.contains("Indeksen er i orden.\n\nIndeksen dekker 2 retningslinjer"))

        let search = try guide(["search", "kreft", "cellegift"], corpus: corpus)
        let lines = search.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Ingen treff for «kreft cellegift».")
        XCTAssertTrue(search.stdout.contains("Indeksen dekker 2 retningslinjer (begge høringsutkast"), search.stdout)
        XCTAssertTrue(search.stdout.contains("ALS – samhandling"), search.stdout)
        XCTAssertTrue(search.stdout.contains("'guide sync' henter Helsedirektoratets nasjonale retningslinjer."), search.stdout)

        let json = try GuideProcess.json(try guide(["search", "kreft", "cellegift", "--json"], corpus: corpus).stdout)
        let coverage = try XCTUnwrap(json["coverage"] as? [String: Any])
        XCTAssertEqual(coverage["guidelines"] as? Int, 2)
        XCTAssertTrue(coverage["lastSynced"] is NSNull)
        let hits = try GuideProcess.json(try guide(["search", "pårørende", "--json"], corpus: corpus).stdout)
        XCTAssertNil(hits["coverage"], "an answer with hits is as before")
    }

    func testANoHitSearchNamesThreeTitlesAndCountsTheRest() throws {
        let search = try guide(["search", "kvantefysikk"], corpus: try corpusWithMirror())
        XCTAssertTrue(search.stdout.contains(" og 6 til."), search.stdout)
        XCTAssertFalse(search.stdout.contains("guide sync"), "the mirror has documents: no hint to sync")
    }

    // MARK: - Credit and dates

    func testEverySurfaceCreditsContentAPIText() throws {
        let corpus = try corpusWithMirror()
        let markdown = try guide(["export", Self.multidose], corpus: corpus).stdout
        XCTAssertTrue(markdown.contains("(\(Self.credit))"), markdown)
        let html = try guide(["export", Self.multidose, "--format", "html"], corpus: corpus).stdout
        XCTAssertEqual(html.components(separatedBy: Self.credit).count - 1, 1, "once, in the reference list: \(html)")
        let role = try guide(["role", "kommunen"], corpus: corpus).stdout
        XCTAssertTrue(role.contains("Nasjonale faglige råd for multidoseordningen · " + Self.credit), role)
        let law = try guide(["law", "pasient- og brukerrettighetsloven"], corpus: corpus).stdout
        XCTAssertTrue(law.replacingOccurrences(of: "\n    ", with: " ").contains("· " + Self.credit), law)
        let list = try guide(["list"], corpus: corpus).stdout
        XCTAssertTrue(list.contains("Nasjonale faglige råd · " + Self.credit + " · "), list)
        let search = try guide(["search", "multidose", "--limit", "1"], corpus: corpus).stdout
        XCTAssertTrue(search.contains(Self.credit), search)
    }

    func testBundledTextHasNoCredit() throws {
        let corpus = try corpusWithMirror()
        XCTAssertFalse(try guide(["export", "als/2.1"], corpus: corpus).stdout.contains("lisens"))
        XCTAssertFalse(try guide(["show", "als/2.1"], corpus: corpus).stdout.contains("lisens"))
    }

    func testShowAndSearchGiveTheDatesAndACurrentItemIsNoHearingDraft() throws {
        let corpus = try corpusWithMirror()
        let show = try guide(["show", Self.multidose], corpus: corpus).stdout
        XCTAssertTrue(show.contains("Først publisert 25. september 2019 · Sist faglig oppdatert 3. mars 2020\n"), show)
        XCTAssertFalse(show.contains("HØRINGSUTKAST"), "status Gjeldende is never a hearing draft: \(show)")
        let json = try GuideProcess.json(try guide(["show", Self.multidose, "--json"], corpus: corpus).stdout)
        let guideline = try XCTUnwrap((json["recommendation"] as? [String: Any])?["guideline"] as? [String: Any])
        XCTAssertEqual(guideline["status"] as? String, "published")
        let search = try guide(["search", "multidose", "--limit", "1"], corpus: corpus).stdout
        XCTAssertTrue(search.contains("Nasjonale faglige råd for multidoseordningen · sist faglig oppdatert 3. mars 2020"), search)
        XCTAssertFalse(search.contains("HØRINGSUTKAST"), search)
    }
}
