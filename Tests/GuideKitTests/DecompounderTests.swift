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

    /// Words of Latin-1 text are cut where a `Character` walk with `isLetter` would cut them; a word
    /// with any non-letter (a digit, "ª"-like letters aside) is not split; beyond Latin-1 too.
    func testCutsWhereEveryCharacterIsALetter() {
        let letters = Array("abcdefghijklmnopqrstuvwxyzæøåéüªµß")
        let others: [Character] = ["1", "²", "-", "·", "×", "÷", "\u{301}", "ǆ", "ʰ", "Ω", "и", "👍"]
        var random = SplitMix64(seed: 5)
        for _ in 0..<3000 {
            var characters = (0..<(8 + random.next(upTo: 6))).map { _ in letters[random.next(upTo: letters.count)] }
            if random.next(upTo: 3) == 0 { characters[random.next(upTo: characters.count)] = others[random.next(upTo: others.count)] }
            let word = String(characters)
            XCTAssertEqual(Decompounder.candidates(of: word), reference(word), word)
        }
    }

    /// `candidates(of:)` as first written: character by character.
    private func reference(_ word: String) -> [String] {
        let characters = Array(word)
        guard characters.allSatisfy(\.isLetter), characters.count >= 2 * Decompounder.minimumPartLength else { return [] }
        var candidates: [String] = []
        for cut in Decompounder.minimumPartLength...(characters.count - Decompounder.minimumPartLength) {
            candidates.append(String(characters[..<cut]))
            if cut > Decompounder.minimumPartLength, characters[cut - 1] == "s" || characters[cut - 1] == "e" {
                candidates.append(String(characters[..<(cut - 1)]))
            }
            candidates.append(String(characters[cut...]))
        }
        return candidates
    }
}
