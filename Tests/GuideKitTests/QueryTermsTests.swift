@testable import GuideKit
import XCTest

final class QueryTermsTests: XCTestCase {
    func testWordsAreLowerCasedDeduplicatedAndFillerDropped() {
        XCTAssertEqual(QueryTerms("Hva bør planen for oppfølging inneholde? Planen!").words, ["planen", "oppfølging", "inneholde"])
    }

    func testSyntaxCharactersAreSeparators() {
        let cases: [(String, [String])] = [
            ("\"pårørende\"", ["pårørende"]), ("pår*", ["pår"]), ("ALS-koordinator", ["als", "koordinator"]),
            ("§ 10a", ["10a"]), ("(barn)", ["barn"]), ("^lys", ["lys"]), ("NEAR(a b)", ["near", "a", "b"]),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(QueryTerms(input).words, expected, "input: \(input)")
        }
    }

    func testOnlyFillerWordsStillSearch() {
        XCTAssertEqual(QueryTerms("hva er det").words, ["hva", "er", "det"])
    }

    func testExpressionQuotesEveryTerm() {
        let analysis = QueryAnalysis(words: [QueryAnalysis.Word(typed: "and", searched: "and"),
                                             QueryAnalysis.Word(typed: "pårørende", searched: "pårørende")])
        XCTAssertEqual(analysis.expression, "\"and\" OR \"_and\" OR \"pårørende\"* OR \"_pårør\"")
        XCTAssertNil(QueryAnalysis(words: []).expression)
    }

    func testVeryLongInputIsBounded() {
        XCTAssertLessThanOrEqual(QueryTerms((0..<5_000).map { "ord\($0)" }.joined(separator: " ")).words.count,
                                 QueryTerms.maximumWords)
    }
}
