@testable import GuideKit
import XCTest

/// The cheap filter before the edit distance never drops a word within the limit.
final class CorrectionVocabularyTests: XCTestCase {
    func testFilterKeepsEveryWordWithinTheLimit() {
        var random = SplitMix64(seed: 42)
        let alphabet: [UInt32] = Array("abeøå".unicodeScalars.map(\.value))
        var within = 0
        for _ in 0..<20_000 {
            let a = (0..<(4 + random.next(upTo: 9))).map { _ in alphabet[random.next(upTo: alphabet.count)] }
            var b = a
            for _ in 0..<(1 + random.next(upTo: 2)) {
                let i = random.next(upTo: b.count + 1)
                switch random.next(upTo: 3) {
                case 0: b.insert(alphabet[random.next(upTo: alphabet.count)], at: i)
                case 1: if i < b.count { b.remove(at: i) }
                default: if i < b.count { b[i] = alphabet[random.next(upTo: alphabet.count)] }
                }
            }
            for limit in 1...2 {
                a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in
                        if EditDistance.distance(a, b, limit: limit) <= limit {
                            within += 1
                            XCTAssertTrue(EditDistance.mayBeWithin(limit, a, b), "\(Array(a)) \(Array(b)) \(limit)")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(within, 10_000)
    }
}
