import Foundation
@testable import GuideIndexer
import GuideKit
import XCTest

/// The corpus is listed with readdir and named by plain paths: the names, the directory test and the
/// shown prefix must be what FileManager and URL gave, or every check would find the corpus changed.
final class DirectoryListingTests: XCTestCase {
    func testListsWhatFileManagerLists() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-listing-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("under"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["a.txt", ".skjult.txt", "råd – utkast.md", "b.meta"] {
            try Data("x".utf8).write(to: directory.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("lenke").path, withDestinationPath: "under")

        XCTAssertEqual(try DirectoryListing.names(in: directory.path).sorted(),
                       try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted())
        XCTAssertTrue(PathStatus.isDirectory(directory.path))
        XCTAssertTrue(PathStatus.isDirectory(directory.appendingPathComponent("lenke").path))
        XCTAssertFalse(PathStatus.isDirectory(directory.appendingPathComponent("a.txt").path))
        XCTAssertFalse(PathStatus.isDirectory(directory.appendingPathComponent("borte").path))
        XCTAssertThrowsError(try DirectoryListing.names(in: directory.appendingPathComponent("borte").path)) { error in
            XCTAssertTrue("\(error)".contains("kan ikke lese korpusmappen"), "\(error)")
        }
    }

    func testLastComponentIsURLs() {
        for path in ["/a/Corpus", "/a/Corpus/", "/Corpus", "/", "Corpus", "/a/b c/ø"] {
            XCTAssertEqual(DirectoryListing.lastComponent(of: path), URL(fileURLWithPath: path).lastPathComponent, path)
        }
    }
}
