@testable import GuideKit
import XCTest

/// The one edit distance: by character for strings, by element for buffers (typo correction's
/// Unicode scalars), giving up past a limit.
final class EditDistanceTests: XCTestCase {
    func testDistances() {
        let cases: [(a: String, b: String, distance: Int)] = [
            ("søvn", "søvn", 0),
            ("fastlege", "fastlegen", 1),
            ("sykepleier", "sykeplejer", 1),
            ("brukermedvirkning", "brukermedvirking", 1),
            ("ære", "øre", 1),
            ("å", "a", 1),
            ("pårørende", "parorende", 2),
            ("blåbær", "", 6),
            ("", "", 0),
            ("helsepersonelloven", "pasientrettighetsloven", 14),
            // A decomposed å (a + combining ring) is the same character as the composed one.
            ("p\u{61}\u{30A}rørende", "pårørende", 0),
        ]
        for c in cases {
            XCTAssertEqual(EditDistance.distance(c.a, c.b), c.distance, "\(c.a) → \(c.b)")
            XCTAssertEqual(EditDistance.distance(c.b, c.a), c.distance, "\(c.b) → \(c.a)")
            XCTAssertEqual(EditDistance.distance(c.a, c.b, limit: c.distance), c.distance, "\(c.a) → \(c.b) within its distance")
        }
    }

    func testGivesUpPastTheLimit() {
        let cases: [(a: String, b: String, limit: Int)] = [
            ("helsepersonelloven", "pasientrettighetsloven", 2),
            ("pårørende", "parorende", 1),
            ("blåbær", "", 3),
            ("kvalitet", "kvalitetsforbedring", 4),
        ]
        for c in cases {
            XCTAssertEqual(EditDistance.distance(c.a, c.b, limit: c.limit), c.limit + 1, "\(c.a) → \(c.b) limit \(c.limit)")
        }
    }

    /// The buffer version typo correction runs on scalars answers as the plain definition does.
    func testScalarsAgreeWithThePlainDefinition() {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("aeøåæn".unicodeScalars.map(\.value))
        for _ in 0..<2_000 {
            let a = (0..<random.next(upTo: 8)).map { _ in alphabet[random.next(upTo: alphabet.count)] }
            let b = (0..<random.next(upTo: 8)).map { _ in alphabet[random.next(upTo: alphabet.count)] }
            let expected = Self.plainDistance(a, b)
            for limit in 0...3 {
                let found = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in EditDistance.distance(a, b, limit: limit) } }
                XCTAssertEqual(found, min(expected, limit + 1), "\(a) \(b) limit \(limit)")
            }
        }
    }

    /// Levenshtein by the textbook recurrence, the whole table.
    private static func plainDistance(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var table = (0...a.count).map { i in (0...b.count).map { j in i == 0 ? j : j == 0 ? i : 0 } }
        for i in a.indices {
            for j in b.indices {
                table[i + 1][j + 1] = min(table[i][j] + (a[i] == b[j] ? 0 : 1), table[i][j + 1] + 1, table[i + 1][j] + 1)
            }
        }
        return table[a.count][b.count]
    }

    func testAdjacentTranspositions() {
        func swapped(_ a: String, _ b: String) -> Bool {
            let a = a.unicodeScalars.map(\.value), b = b.unicodeScalars.map(\.value)
            return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in EditDistance.isAdjacentTransposition(a, b) } }
        }
        XCTAssertTrue(swapped("epikirse", "epikrise"))
        XCTAssertTrue(swapped("psykolgo", "psykolog"))
        XCTAssertFalse(swapped("epikrise", "epikrise"), "the same word is no swap")
        XCTAssertFalse(swapped("abcd", "badc"), "two swaps")
        XCTAssertFalse(swapped("abcd", "acbe"))
        XCTAssertFalse(swapped("abc", "abcd"))
    }
}
