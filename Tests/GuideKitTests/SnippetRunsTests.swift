@testable import GuideKit
import XCTest

/// Highlights count Unicode scalars; the runs cut the text there, whatever the letters' byte widths.
final class SnippetRunsTests: XCTestCase {
    private func runs(_ text: String, _ ranges: [(Int, Int)]) -> [String] {
        Snippet(text: text, highlights: ranges.map { Snippet.Highlight(start: $0.0, end: $0.1) })
            .runs.map { $0.highlighted ? "[\($0.text)]" : $0.text }
    }

    func testRunsCutAtScalarOffsets() {
        XCTAssertEqual(runs("…pårørende får råd 🙂 ok", [(1, 10), (15, 18), (19, 20)]),
                       ["…", "[pårørende]", " får ", "[råd]", " ", "[🙂]", " ok"])
        XCTAssertEqual(runs("ære", [(0, 3)]), ["[ære]"])
        XCTAssertEqual(runs("ære", []), ["ære"])
    }

    func testHighlightsOutOfOrderOrPastTheEndAreLeftOut() {
        XCTAssertEqual(runs("abc def", [(4, 7), (0, 3), (5, 99)]), ["abc ", "[def]"])
        XCTAssertEqual(runs("abc", [(2, 1), (0, 1)]), ["[a]", "bc"])
    }
}
