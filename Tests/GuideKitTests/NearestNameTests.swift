@testable import GuideKit
import XCTest

/// "Mente du …?": the nearest known name within a limit that grows with what was typed.
final class NearestNameTests: XCTestCase {
    private let commands = ["index", "search", "show", "list", "law", "role", "plan", "export", "eval", "check", "analyze"]
    private let roles = ["fastlege", "sykepleier", "koordinator", "pårørende", "helsesykepleier", "ergoterapeut"]

    func testNearest() {
        let cases: [(rule: NearestName, typed: String, names: [String], expected: String?)] = [
            (.commandNames, "serch", commands, "search"),
            (.commandNames, "shw", commands, "show"),
            (.commandNames, "xyz", commands, nil),
            (.indexedNames, "fastlgen", roles, "fastlege"),
            (.indexedNames, "parorende", roles, "pårørende"),
            (.indexedNames, "pårørnde", roles, "pårørende"),
            (.indexedNames, "sykepleir", roles, "sykepleier"),
            (.indexedNames, "helsesøster", roles, nil),
            (.indexedNames, "ergoterapaut", roles, "ergoterapeut"),
            // Ties go to the earlier candidate.
            (.indexedNames, "hbl", ["pbl", "hpl"], "pbl"),
            (.indexedNames, "hbl", ["hpl", "pbl"], "hpl"),
            (.indexedNames, "", ["ab", "abc"], "ab"),
            (.indexedNames, "pårørende", [], nil),
        ]
        for c in cases {
            XCTAssertEqual(c.rule.nearest(to: c.typed, among: c.names), c.expected, "«\(c.typed)» among \(c.names)")
        }
    }

    func testLimitGrowsWithWhatWasTyped() {
        let cases: [(rule: NearestName, typed: String, limit: Int)] = [
            (.commandNames, "ab", 2),
            (.commandNames, "søk", 2),
            (.commandNames, "sykepleier", 3),
            (.indexedNames, "sykepleier", 2),
            (.indexedNames, "helsepersonelloven", 4),
            (.indexedNames, "", 2),
        ]
        for c in cases {
            XCTAssertEqual(c.rule.limit(for: c.typed), c.limit, "«\(c.typed)»")
        }
    }

    /// A candidate carries more than its name: the name compared is what `name` gives (here folded),
    /// the candidate returned is the whole.
    func testComparesTheGivenNameOfEachCandidate() {
        let acts = [(alias: "pasient- og brukerrettighetsloven", act: "pasient- og brukerrettighetsloven"),
                    (alias: "pbrl", act: "pasient- og brukerrettighetsloven"),
                    (alias: "arbeidsmiljøloven", act: "arbeidsmiljøloven")]
        let found = NearestName.indexedNames.nearest(to: "arbeidsmiljolovn", among: acts) { Spelling.folded($0.alias) }
        XCTAssertEqual(found?.act, "arbeidsmiljøloven")
    }
}
