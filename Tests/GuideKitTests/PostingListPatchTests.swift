@testable import GuideKit
import XCTest

/// `PostingList.patched`, what an in-place update does to each stored list: the same entries as
/// decoding, filtering and encoding them one by one would give.
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
                let patched = stored.bytes.withUnsafeBytes { PostingList.patched($0, removing: removed, within: range, appending: appended) }
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
}
