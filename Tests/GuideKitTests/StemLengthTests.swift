@testable import GuideKit
import XCTest

/// The analyzer's stems keep four letters (`NorwegianStemmer.guardedRegionMinimum`) unless an
/// inflection of a common paradigm was removed: short stems no longer turn one word into another, while
/// the inflections of a word still share its stem.
final class StemLengthTests: XCTestCase {
    func testShortStemsDoNotBecomeAnotherWord() {
        let cases: [(word: String, snowball: String)] = [
            ("demens", "dem"), ("essens", "ess"), ("potens", "pot"), ("lisens", "lis"), ("likhet", "lik"),
            ("lovlig", "lov"),
        ]
        for (word, snowball) in cases {
            XCTAssertEqual(NorwegianStemmer.stem(word), snowball, "Snowball as published: \(word)")
            let stem = NorwegianAnalyzer.stem(word)
            XCTAssertNotEqual(stem, snowball, "word: \(word)")
            XCTAssertGreaterThanOrEqual(stem.count, 4, "word: \(word) → \(stem)")
        }
        XCTAssertNotEqual(NorwegianAnalyzer.stem("demens"), NorwegianAnalyzer.stem("dem"))
    }

    /// "lege" and "lov" heading a compound stay: "fastlege" is not "fast", "helseloven" not "helse".
    func testCompoundsHeadedByLegeOrLovKeepTheirHead() {
        for (word, head) in [("fastlege", "fast"), ("fastlegen", "fast"), ("sykehuslege", "sykehus"), ("helseloven", "helse")] {
            XCTAssertEqual(NorwegianStemmer.stem(word), NorwegianStemmer.stem(head), "Snowball as published joins \(word) and \(head)")
            XCTAssertNotEqual(NorwegianAnalyzer.stem(word), NorwegianAnalyzer.stem(head), word)
        }
        XCTAssertEqual(Set(["fastlege", "fastlegen", "fastleger", "fastlegens"].map(NorwegianAnalyzer.stem)).count, 1)
    }

    func testInflectionsStillShareTheirStem() {
        let groups: [[String]] = [
            ["pasient", "pasienten", "pasienter", "pasientene", "pasientens"],
            ["anbefaling", "anbefalingen", "anbefalinger", "anbefalingene"],
            ["pårørende", "pårørendes"],
            ["sengeliggende", "sengeliggendes"],
            ["følge", "følger", "følges"],
            ["behandling", "behandlingen", "behandlinger"],
            ["kommune", "kommunen", "kommunene"],
            ["barnet", "barna", "barns"],
            ["lege", "legen", "leger"],
            ["tåle", "tåler"],
            ["liv", "livet", "livets"],
            ["råd", "rådet", "rådene"],
            ["høre", "høres"],
        ]
        for group in groups {
            let stems = Set(group.map(NorwegianAnalyzer.stem))
            XCTAssertEqual(stems.count, 1, "\(group) → \(group.map(NorwegianAnalyzer.stem))")
        }
    }

    func testOnlyShortInflectionsLeaveThreeLetters() {
        for word in ["legens", "demens", "anders", "likhet", "sykehuset", "lovlig"] {
            let stem = NorwegianAnalyzer.stem(word)
            XCTAssertTrue(stem == word || stem.count >= NorwegianStemmer.guardedRegionMinimum, "\(word) → \(stem)")
        }
        XCTAssertEqual(NorwegianAnalyzer.stem("leger"), "leg")
        XCTAssertEqual(NorwegianAnalyzer.stem("barna"), "barn")
    }

    /// The fingerprint is made from the probe's stems: they must differ with another minimum, or a
    /// changed rule would not rebuild old indexes.
    func testFingerprintProbeCoversTheStemLength() {
        let words = AnalyzerFingerprint.probeText.split(separator: " ").map { $0.lowercased() }
        for (a, b) in [(3, 4), (4, 5)] {
            let differing = words.filter { NorwegianStemmer.stem($0, regionMinimum: a) != NorwegianStemmer.stem($0, regionMinimum: b) }
            XCTAssertFalse(differing.isEmpty, "no probe word tells a stem minimum of \(a) from \(b)")
        }
    }
}
