import Foundation
import XCTest

/// `guide analyze`, `guide eval` and `guide search --explain` on the built binary.
final class AnalysisCommandTests: XCTestCase {
    func testAnalyzeShowsCorrectionsCompoundsAndSynonyms() throws {
        let result = try GuideProcess.run(["analyze", "hva bør oppfølgingsplanen inneholde for parorende med BPA"],
                                          corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(result.status, 0, result.stderr)
        for expected in ["«parorende» → søkes som «pårørende»", "sammensatt: oppfølging + planen",
                         "synonym: brukerstyrt personlig assistanse", "Fyllord som ikke søkes: bør, for, hva, med"] {
            XCTAssertTrue(result.stdout.contains(expected), "missing \(expected) in:\n\(result.stdout)")
        }
    }

    func testAnalyzeAndExplainShowTheConceptALayPhraseMeets() throws {
        let corpus = try GuideProcess.corpusCopy()
        let analysis = try GuideProcess.run(["analyze", "pasienten klarer ikke å spise"], corpus: corpus)
        XCTAssertEqual(analysis.status, 0, analysis.stderr)
        XCTAssertTrue(analysis.stdout.contains("«klarer ikke å spise» – hverdagsuttrykk, teller mindre enn ordene selv\n    begrep: ernæring,"),
                      analysis.stdout)
        let search = try GuideProcess.run(["search", "--explain", "--limit", "1", "pasienten klarer ikke å spise"], corpus: corpus)
        // Folded: the explanation wraps at the terminal width wherever the line ends.
        let folded = search.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(folded.contains("ernæring (begrep)"), search.stdout)
    }

    func testSearchSaysWhatItCorrected() throws {
        let result = try GuideProcess.run(["search", "koordinatr"], corpus: try GuideProcess.corpusCopy())
        XCTAssertTrue(result.stdout.hasPrefix("Viser treff for «koordinator» (skrevet «koordinatr»)"), result.stdout)
        let json = try GuideProcess.json(try GuideProcess.run(["search", "--json", "koordinatr"], corpus: try GuideProcess.corpusCopy()).stdout)
        XCTAssertEqual((json["corrections"] as? [[String: String]])?.first?["searched"], "koordinator")
    }

    func testExplainShowsTheScore() throws {
        let result = try GuideProcess.run(["search", "--explain", "--limit", "1", "kommunal koordinator"], corpus: try GuideProcess.corpusCopy())
        XCTAssertTrue(result.stdout.contains("Rangering: poeng"), result.stdout)
        // Each heading word with how widely its guideline's headings share it.
        XCTAssertTrue(result.stdout.contains("I overskrift: kommunal (i "), result.stdout)
        XCTAssertTrue(result.stdout.contains("koordinator (i "), result.stdout)
        XCTAssertTrue(result.stdout.contains("retningslinjens avsnitt)"), result.stdout)
        // A word found only in the text names no empty heading place.
        let textOnly = try GuideProcess.run(["search", "--explain", "--limit", "1", "fastlege"], corpus: try GuideProcess.corpusCopy())
        XCTAssertTrue(textOnly.stdout.contains("    I tekst: fastlege"), textOnly.stdout)
        XCTAssertFalse(textOnly.stdout.contains("I overskrift: ·"), textOnly.stdout)
    }

    func testEvalPrintsTheFiguresAndMisses() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "K1\tsykehuset oppnevne en koordinator\nK2\tmetode og prosess\n".write(to: directory.appendingPathComponent("keys.tsv"), atomically: true, encoding: .utf8)
        try "q1\thvem oppnevner koordinator på sykehuset\tK1=2\nq2\tdiagnosesamtalen\tK2=2\n"
            .write(to: directory.appendingPathComponent("q.tsv"), atomically: true, encoding: .utf8)
        let result = try GuideProcess.run(["eval", directory.appendingPathComponent("q.tsv").path], corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("2 spørringer   hit@1 0.50"), result.stdout)
        XCTAssertTrue(result.stdout.contains("q2 «diagnosesamtalen»"), result.stdout)
        let json = try GuideProcess.json(try GuideProcess.run(["eval", "--json", directory.appendingPathComponent("q.tsv").path],
                                                              corpus: try GuideProcess.corpusCopy()).stdout)
        XCTAssertEqual(json["hitAt1"] as? Double, 0.5)
    }

    func testEvalMeasuresWhetherTheTopPassageHoldsTheAnswer() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "K1\tsykehuset oppnevne en koordinator\n".write(to: directory.appendingPathComponent("keys.tsv"), atomically: true, encoding: .utf8)
        // Both find the right recommendation first; only the first names text its top passage holds
        // (folded: case, line breaks and dashes do not count), the second text found elsewhere.
        try """
            rolle-1\tkoordinator koordinerer oppfølgning under opphold i sykehuset\tK1=2\tfinnes ikke | Als–koordinator  KOORDINERER oppfølgning
            rolle-2\tkoordinator koordinerer oppfølgning under opphold i sykehuset\tK1=2\tarbeidsgruppens deltakere
            lov-1\tkoordinator sykehuset\tK1=2

            """.write(to: directory.appendingPathComponent("q.tsv"), atomically: true, encoding: .utf8)
        let result = try GuideProcess.run(["eval", directory.appendingPathComponent("q.tsv").path], corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("3 spørringer   hit@1 1.00   hit@3 1.00   MRR 1.000   nDCG@5 1.000   passage@1 0.50 (av 2 med svartekst)"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("  rolle    2   hit@1 1.00   passage@1 0.50"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Svaret ikke i første treffs avsnitt:\n  rolle-2 «koordinator koordinerer"), result.stdout)
        let json = try GuideProcess.json(try GuideProcess.run(["eval", "--json", directory.appendingPathComponent("q.tsv").path],
                                                              corpus: try GuideProcess.corpusCopy()).stdout)
        XCTAssertEqual(json["passageAt1"] as? Double, 0.5)
        XCTAssertEqual(json["passageJudged"] as? Int, 2)
        let outcomes = json["queries"] as? [[String: Any]] ?? []
        XCTAssertEqual(outcomes.map { $0["passageHoldsAnswer"] as? Bool }, [true, false, nil])
    }

    func testEvalReportsABadFileWithItsLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "K1\tx\n".write(to: directory.appendingPathComponent("keys.tsv"), atomically: true, encoding: .utf8)
        try "# kommentar\nq1\tspørsmål uten vurdering\n".write(to: directory.appendingPathComponent("q.tsv"), atomically: true, encoding: .utf8)
        let result = try GuideProcess.run(["eval", directory.appendingPathComponent("q.tsv").path], corpus: try GuideProcess.corpusCopy())
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("q.tsv:2: feil:"), result.stderr)
    }
}
