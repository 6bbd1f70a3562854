import GuideIndexer
import GuideKit
import XCTest

final class LegalReferenceSectionNumberTests: XCTestCase {
    func testWrittenFormsBecomeOne() {
        let cases: [(String, String?)] = [
            ("§ 10a", "§ 10a"),
            ("§10b", "§ 10b"),
            ("§ 10 a", "§ 10a"),
            ("10a", "§ 10a"),
            ("§ 3.3", "§ 3-3"),
            ("§ 2-5a", "§ 2-5a"),
            ("§ 2–5a", "§ 2-5a"),
            ("§ 2-5A", "§ 2-5a"),
            ("§\n 11", "§ 11"),
            ("§  24.", "§ 24"),
            ("12-5", "§ 12-5"),
            ("§ 4-4 ", "§ 4-4"),
            ("§", nil),
            ("", nil),
            ("abc", nil),
            ("§ 1234", nil),
            ("§ 10a og 10b", nil),
            ("§ 10 i", nil),
        ]
        for (written, expected) in cases {
            XCTAssertEqual(SectionNumber.normalize(written), expected, "written: \(written.debugDescription)")
        }
    }
}
