@testable import GuideKit
import XCTest

/// `PostingList.merged`, what an in-place update does to each stored list: the same entries as
/// decoding, filtering, merging and encoding them one by one would give.
final class PostingListPatchTests: XCTestCase {
    private func list(_ entries: [(Int, Int, Int)]) -> PostingList {
        var list = PostingList()
        for (passage, heading, text) in entries { list.append(passage: passage, heading: heading, text: text) }
        return list
    }

    private func entries(_ list: PostingList) -> [[Int]] {
        var out: [[Int]] = []
        list.bytes.withUnsafeBytes { PostingList.forEach(in: $0) { out.append([$0, $1, $2]) } }
        return out
    }

    func testDropsRemovedPassagesAndAppendsNewOnes() {
        let stored = list([(1, 0, 1), (5, 1, 2), (200, 0, 3), (201, 0, 1), (300, 2, 0), (1000, 0, 200)])
        for removed: Set<Int> in [[], [1], [200, 201], [1000], [1, 5, 200, 201, 300, 1000], [5, 300]] {
            for appended in [list([]), list([(1001, 0, 1)]), list([(1500, 1, 1), (1501, 0, 300)])] {
                let range = removed.min().map { $0...(removed.max() ?? $0) }
                let patched = stored.bytes.withUnsafeBytes { PostingList.merged($0, dropping: removed, within: range, inserting: appended) }
                let expected = entries(stored).filter { !removed.contains($0[0]) } + entries(appended)
                XCTAssertEqual(entries(patched.list), expected, "\(removed)")
                XCTAssertEqual(patched.entries, expected.count)
                XCTAssertEqual(patched.dropped, removed.count)
                var again = patched.list
                again.append(passage: 5000, heading: 0, text: 1)  // still ascending from its real last id
                XCTAssertEqual(entries(again).last, [5000, 0, 1])
            }
        }
    }

    /// An update reuses the ids of the passages it replaces: the new entries fall between kept ones.
    func testMergesNewEntriesBetweenKeptOnes() {
        let stored = list([(1, 0, 1), (5, 1, 2), (200, 0, 3), (201, 0, 1), (300, 2, 0), (1000, 0, 200)])
        let cases: [(dropped: Set<Int>, inserted: [(Int, Int, Int)])] = [
            ([5, 200, 201], [(5, 1, 1), (201, 0, 7)]),
            ([1, 5], [(1, 0, 1), (2, 0, 1), (5, 1, 2)]),
            ([200, 201, 202], [(202, 3, 3), (1200, 0, 1)]),
            ([], [(3, 0, 1), (250, 1, 0)]),
            ([1000], [(999, 0, 129), (1000, 200, 0)]),
        ]
        for (dropped, inserted) in cases {
            let range = dropped.min().map { $0...(dropped.max() ?? $0) }
            let merged = stored.bytes.withUnsafeBytes { PostingList.merged($0, dropping: dropped, within: range, inserting: list(inserted)) }
            let expected = (entries(stored).filter { !dropped.contains($0[0]) } + inserted.map { [$0.0, $0.1, $0.2] }).sorted { $0[0] < $1[0] }
            XCTAssertEqual(entries(merged.list), expected, "\(dropped)")
            XCTAssertEqual(merged.entries, expected.count)
            XCTAssertEqual(merged.dropped, entries(stored).filter { dropped.contains($0[0]) }.count)
            var again = merged.list
            again.append(passage: 5000, heading: 0, text: 1)
            XCTAssertEqual(entries(again).last, [5000, 0, 1])
        }
    }
}
