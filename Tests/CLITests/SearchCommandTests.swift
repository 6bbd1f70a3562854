import Foundation
import XCTest

/// `guide search`, `show` and `list` end to end on a copy of the bundled corpus.
final class SearchCommandTests: XCTestCase {
    private var corpus: URL!

    override func setUpWithError() throws {
        corpus = try GuideProcess.corpusCopy()
    }

    func testFirstUseBuildsTheIndexAndSaysSoOnStderr() throws {
        let first = try GuideProcess.run(["search", "pårørende barn helsestasjon"], corpus: corpus)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("bygger indeksen"), first.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: corpus.appendingPathComponent(".guide-index.sqlite").path))
        let second = try GuideProcess.run(["search", "pårørende barn helsestasjon"], corpus: corpus)
        XCTAssertEqual(second.stderr, "", "a fresh index is not rebuilt")
        XCTAssertEqual(first.stdout, second.stdout)
    }

    func testChangedCorpusRebuildsTheIndex() throws {
        _ = try GuideProcess.run(["list"], corpus: corpus)
        let file = corpus.appendingPathComponent("me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon.txt")
        let handle = try FileHandle(forWritingTo: file)
        handle.seekToEndOfFile()
        handle.write(Data("\n".utf8))
        try handle.close()
        let result = try GuideProcess.run(["list"], corpus: corpus)
        XCTAssertTrue(result.stderr.contains("korpuset er endret"), result.stderr)
    }

    func testHitShowsWhereItComesFrom() throws {
        let result = try GuideProcess.run(["search", "pårørende", "barn", "helsestasjon"], corpus: corpus, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 0)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour when not on a terminal")
        XCTAssertTrue(result.stdout.contains("HØRINGSUTKAST"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Kilde: Corpus/"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Kapittel "), result.stdout)
        XCTAssertTrue(result.stdout.contains("guide show "), result.stdout)
        // Only a web address, which cannot be broken, may stand longer than 100 columns.
        let long = result.stdout.components(separatedBy: "\n").filter { $0.count > 100 && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("http") }
        XCTAssertEqual(long, [], "lines wider than 100 columns")
    }

    func testSearchJSONShape() throws {
        let result = try GuideProcess.run(["search", "--json", "--limit", "3", "oppgaver for kommunal koordinator"], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try GuideProcess.json(result.stdout)
        XCTAssertEqual(json["query"] as? String, "oppgaver for kommunal koordinator")
        let results = try XCTUnwrap(json["results"] as? [[String: Any]])
        XCTAssertLessThanOrEqual(results.count, 3)
        let hit = try XCTUnwrap(results.first, "no results")
        for key in ["rank", "score", "guideline", "recommendation", "section", "snippet", "source"] {
            XCTAssertNotNil(hit[key], "missing key \(key)")
        }
        let guideline = try XCTUnwrap(hit["guideline"] as? [String: Any])
        XCTAssertEqual(Set(["id", "title", "status", "url"]).subtracting(guideline.keys), [])
        let section = try XCTUnwrap(hit["section"] as? [String: Any])
        XCTAssertTrue(["recommendation", "practical", "rationale", "checklist", "references", "other"]
            .contains(section["kind"] as? String ?? ""), "\(section)")
        XCTAssertFalse((section["text"] as? String ?? "").isEmpty)
        let source = try XCTUnwrap(hit["source"] as? [String: Any])
        XCTAssertEqual(Set(["path", "url", "lines"]).subtracting(source.keys), [])
    }

    func testListAndShowJSON() throws {
        let list = try GuideProcess.json(try GuideProcess.run(["list", "--json"], corpus: corpus).stdout)
        let guidelines = try XCTUnwrap(list["guidelines"] as? [[String: Any]])
        XCTAssertEqual(guidelines.count, 2)
        let chapters = try XCTUnwrap(guidelines.first?["chapters"] as? [[String: Any]])
        let firstID = try XCTUnwrap((chapters.first?["recommendations"] as? [[String: Any]])?.first?["id"] as? String)
        let show = try GuideProcess.run(["show", "--json", firstID], corpus: corpus)
        XCTAssertEqual(show.status, 0, show.stderr)
        let recommendation = try XCTUnwrap(try GuideProcess.json(show.stdout)["recommendation"] as? [String: Any])
        for key in ["id", "title", "guideline", "sections", "checklists", "legalReferences", "source"] {
            XCTAssertNotNil(recommendation[key], "missing key \(key)")
        }
        XCTAssertEqual(recommendation["id"] as? String, firstID)
    }

    func testQueryIsNeverWrittenToDisk() throws {
        let secret = "Kari Nordmann født 010180 sengeliggende"
        _ = try GuideProcess.run(["search", secret], corpus: corpus)
        let directory = corpus.deletingLastPathComponent()
        let files = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []
        for name in files {
            let data = (try? Data(contentsOf: directory.appendingPathComponent(name))) ?? Data()
            XCTAssertNil(data.range(of: Data("Nordmann".utf8)), "query text found in \(name)")
        }
    }

    /// Filler words alone find every text: nothing is listed, the user is told why (text and JSON),
    /// and the exit is 0, as for any search without hits.
    func testFillerOnlyQueryListsNothingAndSaysWhy() throws {
        let text = try GuideProcess.run(["search", "og i på en"], corpus: corpus, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("«og i på en» er bare fyllord"), text.stdout)
        XCTAssertFalse(text.stdout.contains("Kilde:"), text.stdout)
        let json = try GuideProcess.json(try GuideProcess.run(["search", "--json", "og i på en"], corpus: corpus).stdout)
        XCTAssertEqual((json["results"] as? [Any])?.count, 0)
        XCTAssertTrue((json["notice"] as? String)?.contains("bare fyllord") ?? false, "\(json)")
        XCTAssertNil(json["coverage"], "filler words are no sign that the index lacks the topic")
    }

    /// `--explain` and `--json` say how many hits the relevance floor left out, and by which rule.
    func testCutHitsAreCounted() throws {
        let query = "barn under 18 år som pårørende til forelder med ALS"
        let text = try GuideProcess.run(["search", "--explain", "--limit", "20", query], corpus: corpus, environment: ["NO_COLOR": "1"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("under relevansgrensen utelatt"), text.stdout)
        XCTAssertFalse(text.stdout.contains("Rangering: poeng 0.000"), text.stdout)
        let json = try GuideProcess.json(try GuideProcess.run(["search", "--json", "--limit", "20", query], corpus: corpus).stdout)
        let dropped = try XCTUnwrap(json["dropped"] as? [String: Any], "\(json.keys)")
        XCTAssertGreaterThan(dropped["count"] as? Int ?? 0, 0)
    }
}
