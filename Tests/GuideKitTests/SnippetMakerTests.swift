@testable import GuideKit
import XCTest

/// Snippets are cut as FTS5's snippet() cuts them: 32 words around the most distinct matches,
/// "…" where the text is cut, every match in the window highlighted.
final class SnippetMakerTests: XCTestCase {
    private func phrase(_ term: String, prefix: Bool = false) -> RankingPlan.Phrase {
        RankingPlan.Phrase(term: term, isPrefix: prefix)
    }

    private func highlighted(_ snippet: Snippet) -> [String] {
        snippet.runs.filter(\.highlighted).map(\.text)
    }

    func testShortTextIsWholeWithItsMatchesMarked() {
        let snippet = SnippetMaker(phrases: [phrase("lys"), phrase("_pasient")]).snippet(of: "Pasienten tåler ikke lys. Lys og lyd plager pasientene.")
        XCTAssertEqual(snippet.text, "Pasienten tåler ikke lys. Lys og lyd plager pasientene.")
        XCTAssertEqual(highlighted(snippet), ["Pasienten", "lys", "Lys", "pasientene"])
    }

    func testPrefixMatchesTheWordsItBegins() {
        let snippet = SnippetMaker(phrases: [phrase("koordinator", prefix: true)]).snippet(of: "Koordinatorrollen og koordinatoren, ikke koordinering.")
        XCTAssertEqual(highlighted(snippet), ["Koordinatorrollen", "koordinatoren"])
    }

    func testLongTextIsCutAroundTheMatchesWithEllipses() {
        let filler = (1...40).map { "ord\($0)" }.joined(separator: " ")
        let text = filler + " sengeliggende pasient med ME " + filler
        let snippet = SnippetMaker(phrases: [phrase("sengeliggende"), phrase("me")]).snippet(of: text)
        XCTAssertTrue(snippet.text.hasPrefix("…") && snippet.text.hasSuffix("…"), snippet.text)
        XCTAssertEqual(snippet.text.split(separator: " ").count, SnippetMaker.length)
        XCTAssertEqual(highlighted(snippet), ["sengeliggende", "ME"])
    }

    func testWindowWithMoreDistinctTermsWins() {
        let filler = (1...40).map { "ord\($0)" }.joined(separator: " ")
        let text = "lys lys lys " + filler + " lys og lyd " + filler
        let snippet = SnippetMaker(phrases: [phrase("lys"), phrase("lyd")]).snippet(of: text)
        XCTAssertEqual(highlighted(snippet), ["lys", "lyd"])
    }

    func testCompoundPartMatchesWhenNoWordHasTheStem() {
        let snippet = SnippetMaker(phrases: [phrase("_oppfølg")]).snippet(of: "Lag en oppfølgingsplan sammen med pasienten.")
        XCTAssertEqual(highlighted(snippet), ["oppfølgingsplan"])
    }

    func testCompoundPartDoesNotMatchWhenAWordHasTheStem() {
        let snippet = SnippetMaker(phrases: [phrase("_oppfølging"), phrase("_samarbeid")])
            .snippet(of: "Oppfølging etter oppfølgingsplanen og samarbeidsavtalen.")
        XCTAssertEqual(highlighted(snippet), ["Oppfølging", "samarbeidsavtalen"])
    }

    func testNoMatchGivesTheStart() {
        let text = (1...40).map { "ord\($0)" }.joined(separator: " ")
        let snippet = SnippetMaker(phrases: []).snippet(of: text)
        XCTAssertTrue(snippet.text.hasPrefix("ord1 ") && snippet.text.hasSuffix("ord32…"), snippet.text)
        XCTAssertTrue(snippet.highlights.isEmpty)
    }
}
