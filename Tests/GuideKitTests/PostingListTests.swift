import GuideKit
import XCTest

final class PostingListTests: XCTestCase {
    private func decoded(_ bytes: [UInt8]) -> [[Int]] {
        var entries: [[Int]] = []
        bytes.withUnsafeBytes { PostingList.forEach(in: $0) { entries.append([$0, $1, $2]) } }
        return entries
    }

    /// Entries come back as written, whether their numbers take one byte or several.
    func testEntriesRoundTrip() {
        var random = SplitMix64(seed: 3)
        for _ in 0..<200 {
            var list = PostingList(), written: [[Int]] = [], passage = 0
            for _ in 0..<random.next(upTo: 50) {
                let big = random.next(upTo: 4) == 0
                passage += 1 + random.next(upTo: big ? 100_000 : 100)
                let entry = [passage, random.next(upTo: big ? 1_000 : 3), random.next(upTo: big ? 500 : 20)]
                list.append(passage: entry[0], heading: entry[1], text: entry[2])
                written.append(entry)
            }
            XCTAssertEqual(decoded(list.bytes), written)
        }
    }

    func testADamagedListReadsAsAShorterOne() {
        var list = PostingList()
        list.append(passage: 5, heading: 1, text: 2)
        list.append(passage: 300, heading: 0, text: 200)
        XCTAssertEqual(decoded(list.bytes), [[5, 1, 2], [300, 0, 200]])
        XCTAssertEqual(decoded(Array(list.bytes.dropLast())), [[5, 1, 2]], "a cut entry is left out")
        XCTAssertEqual(decoded([0, 1, 1] + list.bytes), [], "a zero distance stops the list")
    }
}
