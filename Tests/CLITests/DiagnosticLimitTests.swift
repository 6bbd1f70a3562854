import Foundation
import XCTest

/// A command that builds on its way prints at most 20 corpus warnings and counts the rest in one
/// line; `guide index` prints them all. (A half-synced mirror names thousands of missing children.)
final class DiagnosticLimitTests: XCTestCase {
    func testAnAnswerShowsTwentyWarningsAndCountsTheRest() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("guide-limit-\(UUID().uuidString)/Corpus")
        defer { try? FileManager.default.removeItem(at: corpus.deletingLastPathComponent()) }
        let mirror = corpus.appendingPathComponent("helsedirektoratet")
        try FileManager.default.createDirectory(at: mirror, withIntermediateDirectories: true)
        let links = (0..<30).map { #"{"rel":"barn","type":"kapittel","href":"https://api.helsedirektoratet.no/innhold/kapitler/k\#($0)"}"# }
        try """
        {"id":"p1","tittel":"Produkt","status":"Gjeldende","tekniskeData":{"infoType":"retningslinje"},
         "tekst":"<p>Pasienten skal få tilbud om koordinator.</p>","links":[\(links.joined(separator: ","))]}
        """.write(to: mirror.appendingPathComponent("p1.json"), atomically: true, encoding: .utf8)

        let search = try GuideProcess.run(["search", "koordinator"], corpus: corpus)
        XCTAssertEqual(search.status, 0, search.stderr)
        let warnings = search.stderr.split(separator: "\n").filter { $0.contains("finnes ikke i korpuset") }
        XCTAssertEqual(warnings.count, 20, search.stderr)
        XCTAssertTrue(search.stderr.contains("guide: … og 10 advarsler til (kjør 'guide index' for å se alle)"), search.stderr)
        XCTAssertFalse(search.stdout.contains("Ingen treff"), "the rest is indexed and answers")

        let index = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(index.stderr.split(separator: "\n").filter { $0.contains("finnes ikke i korpuset") }.count, 30, index.stderr)
    }
}
