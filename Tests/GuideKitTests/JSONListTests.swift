@testable import GuideKit
import XCTest

/// Lists bound as JSON come back from json_each exactly as given, whatever they hold.
final class JSONListTests: XCTestCase {
    func testEveryStringComesBackUnchanged() throws {
        let db = try Database(path: ":memory:", mode: .create)
        let items = ["pårørende", "a\"b", "back\\slash", "tab\there", "bell\u{7}x", "line\nbreak", "emoji 🙂", ""]
        let back = try db.rows("SELECT value FROM json_each(?) ORDER BY key", [JSONList.strings(items)]).map { $0.string(0) }
        XCTAssertEqual(back, items)
    }
}
