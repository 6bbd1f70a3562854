import Foundation
import XCTest

/// Stems that keep words apart, end to end on a copy of the bundled corpus, which holds "følge dem i
/// tilfriskningsprosessen" and no "demens".
final class StemSearchTests: XCTestCase {
    func testDemensIsNotStemmedToDem() throws {
        let result = try GuideProcess.run(["analyze", "demens"], environment: ["NO_COLOR": "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertFalse(result.stdout.contains("stamme: dem\n"), result.stdout)
    }

    func testDemensDoesNotFindAPassageWhoseOnlyMatchIsDem() throws {
        let corpus = try GuideProcess.corpusCopy()
        let result = try GuideProcess.run(["search", "--json", "demens"], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = try XCTUnwrap(try GuideProcess.json(result.stdout)["results"] as? [[String: Any]])
        XCTAssertTrue(hits.isEmpty, "hits for «demens» in a corpus without it: \(result.stdout.prefix(400))")
        // The same passage is still found by the word it holds.
        let dem = try GuideProcess.run(["search", "--explain", "følge dem tilfriskningsprosessen"], corpus: corpus,
                                       environment: ["NO_COLOR": "1"])
        XCTAssertTrue(dem.stdout.contains("tilfriskningsprosessen"), dem.stdout)
    }
}
