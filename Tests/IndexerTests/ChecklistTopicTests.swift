import GuideKit
@testable import GuideIndexer
import XCTest

/// The structure pass gives every checklist of every page shape its topic and plan, on the seed
/// texts and on fixtures of shapes nobody wrote the cue words for.
final class ChecklistTopicTests: XCTestCase {
    private func checklists(_ relativePath: String) throws -> [Checklist] {
        var diagnostics: [Diagnostic] = []
        let guideline = try XCTUnwrap(StructurePipeline.guideline(from: try IndexerTestSupport.document(relativePath),
                                                                  diagnostics: &diagnostics), relativePath)
        return guideline.articles.flatMap { $0.checklists.map(\.checklist) }
    }

    func testSeedChecklists() throws {
        let mecfs = try checklists("Corpus/me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon.txt")
        XCTAssertEqual(mecfs.map(\.topic), [.plan, .questions, .other])
        XCTAssertEqual(mecfs.first?.plan, "plan for oppfølging")
        XCTAssertEqual(mecfs.first?.items.count, 9)
        let als = try checklists("Corpus/als-samhandling-og-oppfolging.txt")
        XCTAssertEqual(als.map(\.topic), [.tasks, .tasks, .tasks, .other, .other, .other, .other])
        XCTAssertEqual(als.prefix(3).map(\.plan), ["plan", "individuell plan", "behandlingsplan"],
                       "the coordinators' tasks name the plans they make")
    }

    func testFixturesOfOtherShapes() throws {
        let cases: [(file: String, topics: [ChecklistTopic])] = [
            ("web-avkuttet.txt", [.questions]),
            ("web-pakkeforlop-rus-nummerert.txt", [.assessment]),
            ("pdf-anbefaling-crlf.txt", [.tasks, .tasks]),
            ("pdf-no-banner.txt", [.tasks, .tasks]),
            ("md-retningslinje.md", [.other, .other]),
        ]
        for c in cases {
            XCTAssertEqual(try checklists("Tests/IndexerTests/Fixtures/\(c.file)").map(\.topic), c.topics, c.file)
        }
        XCTAssertEqual(try checklists("Tests/IndexerTests/Fixtures/pdf-anbefaling-crlf.txt").map(\.plan), [nil, "behandlingsplan"])
    }
}
