import GuideIndexer
import XCTest

/// The data directory after the XDG Base Directory specification, which a relative $XDG_DATA_HOME does not count in.
final class DataDirectoryTests: XCTestCase {
    func testXDGDataHomeThenHome() {
        let cases: [(xdg: String?, home: String?, expected: String?)] = [
            ("/x/data", "/home/kari", "/x/data/guide"),
            ("relativ/data", "/home/kari", "/home/kari/.local/share/guide"),
            (nil, "/home/kari/", "/home/kari/.local/share/guide"),
            (nil, nil, nil),
            (nil, "relativ", nil),
        ]
        for (xdg, home, expected) in cases {
            XCTAssertEqual(DataDirectory.path(xdgDataHome: xdg, home: home), expected, "XDG_DATA_HOME \(xdg ?? "unset"), HOME \(home ?? "unset")")
        }
        XCTAssertEqual(DataDirectory.beside(programDirectory: "/opt/guide/bin"), "/opt/guide/share/guide")
    }
}
