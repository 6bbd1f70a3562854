import Foundation
@testable import GuideKit
import TestFixtures
import XCTest

final class NorwegianStemmerTests: XCTestCase {
    /// Snowball's reference vocabulary for Norwegian, copied into the repository (with its licence)
    /// from `<repo>/../shared/eval/snowball-norwegian/`.
    private static let vocabularyFolder = TestFixtures.testsDirectory.appendingPathComponent("GuideKitTests/Snowball")

    /// The shared evaluation folder the copy was taken from, beside the checkout where it is present.
    private static let sharedFolder = TestFixtures.sharedEvaluation.appendingPathComponent("snowball-norwegian")

    private static let referenceWordCount = 20_895

    func testAgreesWithSnowballOnEveryReferenceWord() throws {
        let words = try lines(of: "voc.txt", in: Self.vocabularyFolder)
        let stems = try lines(of: "output.txt", in: Self.vocabularyFolder)
        XCTAssertEqual(words.count, Self.referenceWordCount, "voc.txt is incomplete")
        XCTAssertEqual(stems.count, words.count, "voc.txt and output.txt differ in length")

        var mismatches: [String] = []
        for (word, expected) in zip(words, stems) {
            let actual = NorwegianStemmer.stem(word)
            if actual != expected { mismatches.append("\(word) → \(actual), Snowball: \(expected)") }
        }
        XCTAssert(mismatches.isEmpty, """
            \(mismatches.count) of \(words.count) words differ from Snowball; the first \(min(20, mismatches.count)):
            \(mismatches.prefix(20).joined(separator: "\n"))
            """)
    }

    /// Search checks a query's phrases only in words that begin with one of its stems
    /// (`QueryPhrases.isHeld`): that holds because a stem is always a beginning of its word.
    func testEveryStemIsABeginningOfItsWord() throws {
        let words = try lines(of: "voc.txt", in: Self.vocabularyFolder)
        let broken = words.filter { !$0.hasPrefix(NorwegianAnalyzer.stem($0)) }
        XCTAssert(broken.isEmpty, "stems that are not a beginning of their word: \(broken.prefix(20))")
    }

    func testRepositoryCopyMatchesSharedVocabulary() throws {
        guard FileManager.default.fileExists(atPath: Self.sharedFolder.path) else {
            throw XCTSkip("No shared folder at \(Self.sharedFolder.path); the repository copy is used alone.")
        }
        for name in ["voc.txt", "output.txt", "COPYING"] {
            let copy = try Data(contentsOf: Self.vocabularyFolder.appendingPathComponent(name))
            let original = try Data(contentsOf: Self.sharedFolder.appendingPathComponent(name))
            XCTAssertEqual(copy, original, "Tests/GuideKitTests/Snowball/\(name) differs from \(Self.sharedFolder.path)")
        }
    }

    func testReadableCases() {
        let cases: [(word: String, stem: String)] = [
            // Main suffixes inside R1.
            ("hjelpemidler", "hjelpemidl"), ("koordinatoren", "koordinator"), ("pårørende", "pårør"),
            ("pasientene", "pasient"), ("sykehuset", "sykehus"), ("anbefalinger", "anbefaling"),
            ("behandlingen", "behandling"), ("kommunene", "kommun"),
            // `erte`/`ert` become `er`.
            ("administrert", "administrer"), ("arrangerte", "arranger"),
            // `ers` is kept after some endings, removed after `giv`, `hav`, `skap` and the rest.
            ("bunkers", "bunkers"), ("arbeidsgivers", "arbeidsgiv"), ("selskapers", "selskap"),
            ("aktørers", "aktør"),
            // A final `s` goes after `s_ending` letters, after `r` not preceded by `e`, after `k`
            // preceded by a non-vowel.
            ("barns", "barn"), ("fars", "far"), ("fisks", "fisk"), ("boks", "boks"),
            // Consonant pairs `dt`, `vt` lose the `t`; then `leg`, `lig` … go.
            ("aktivt", "aktiv"), ("anvendt", "anvend"), ("fastlegen", "fast"),
            // ê ò ó ô are vowels for R1.
            ("blóta", "blót"), ("fôret", "fôr"),
            // Short words and words without R1 stay as they are.
            ("", ""), ("rs", "rs"), ("ks", "ks"), ("helsepersonell", "helsepersonell"), ("oppfølging", "oppfølging"),
        ]
        for (word, stem) in cases {
            XCTAssertEqual(NorwegianStemmer.stem(word), stem, "word: \(word)")
        }
    }

    private func lines(of name: String, in folder: URL) throws -> [String] {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            XCTFail("Missing Snowball reference file \(url.path): copy it from Snowball's snowball-data/norwegian.")
            throw CocoaError(.fileNoSuchFile)
        }
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines.map(String.init)
    }
}
