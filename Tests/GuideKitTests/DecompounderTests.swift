import GuideKit
import XCTest

final class DecompounderTests: XCTestCase {
    func testSplitsIntoKnownWordsWithLinkingLetters() {
        let decompounder = Decompounder(vocabulary: ["oppfølging", "plan", "helse", "personell", "helseperson", "seng", "liggende", "sen"])
        XCTAssertEqual(decompounder.parts(of: "oppfølgingsplan"), ["oppfølging", "plan"])
        XCTAssertEqual(decompounder.parts(of: "helsepersonell"), ["helse", "personell"])
        XCTAssertEqual(decompounder.parts(of: "sengeliggende"), ["seng", "liggende"])
        XCTAssertNil(decompounder.parts(of: "planlegge"))
        XCTAssertNil(decompounder.parts(of: "helse-personell"), "only letters")
    }

    /// Search asks the index for `candidates(of:)` only: the split must come out the same as with
    /// the whole vocabulary.
    func testCandidatesAreEveryWordTheSplitLooksUp() {
        let letters = Array("aesøå")
        var random = SplitMix64(seed: 11)
        var split = 0
        func word(_ length: Int) -> String { String((0..<length).map { _ in letters[random.next(upTo: letters.count)] }) }
        for _ in 0..<2000 {
            let compound = word(8 + random.next(upTo: 6))
            // A vocabulary that holds some of the word's own pieces, so splits are found.
            var vocabulary = Set((0..<20).map { _ in word(4 + random.next(upTo: 4)) })
            let characters = Array(compound)
            for _ in 0..<3 {
                let cut = 3 + random.next(upTo: characters.count - 5)
                vocabulary.insert(String(random.next(upTo: 2) == 0 ? characters[..<cut] : characters[cut...]))
            }
            let known = vocabulary.intersection(Decompounder.candidates(of: compound))
            let parts = Decompounder(vocabulary: vocabulary).parts(of: compound)
            XCTAssertEqual(Decompounder(vocabulary: known).parts(of: compound), parts, compound)
            if parts != nil { split += 1 }
        }
        XCTAssertGreaterThan(split, 200, "the generated words should often split")
    }
}
