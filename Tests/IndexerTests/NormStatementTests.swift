import GuideKit
@testable import GuideIndexer
import XCTest

/// Statements of whole guidelines read from files: a Nynorsk fixture of our own with a duty
/// against in the title, recommendations against, an option, a question, a task list for a role
/// and a rationale that only reports; and that every statement of every fixture sits in its text.
final class NormStatementTests: XCTestCase {
    private func guideline(_ name: String) throws -> Guideline {
        var diagnostics: [Diagnostic] = []
        let document = try IndexerTestSupport.fixture(name)
        return try XCTUnwrap(StructurePipeline.guideline(from: document, diagnostics: &diagnostics), name)
    }

    private func described(_ s: NormativeStatement) -> String {
        "\(s.unit.rawValue) \(s.norm.rawValue)" + (s.direction.map { " \($0.rawValue)" } ?? "") + ": \(s.text)"
    }

    func testNynorskRecommendationIsReadSentenceBySentence() throws {
        let articles = try guideline("md-normer-nynorsk.md").articles
        XCTAssertEqual(articles.count, 2)
        XCTAssertEqual(articles[0].strength?.norm, .obligation)
        XCTAssertEqual(articles[0].strength?.direction, .against, "«skal ikkje» in the title")
        XCTAssertEqual(articles[1].strength?.norm, .recommendation, "«tilrår»")
        XCTAssertEqual(articles[0].statements.map(described), [
            "title obligation against: Fastlegen skal ikkje skrive ut opioid utan ein plan for nedtrapping",
            "sentence obligation for: Fastlegen skal dokumentere planen i journalen.",
            "sentence recommendation against: Opioid bør ikkje brukast som einaste tiltak.",
            "sentence recommendation against: Rutinemessig biletdiagnostikk vert frårådd.",
            "sentence none: Pasienten kan ha nytte av fysisk aktivitet.",
            "lead_in none: Oppgåver for kommunal koordinator kan vere å:",
            "item none: kalle inn til samarbeidsmøte med fastlegen",
            "item none: sørgje for at pasienten får ein individuell plan",
            "sentence recommendation for: Fysioterapeuten bør vurdere funksjonsnivået ved oppstart.",
            "sentence none: Kva kan pasienten sjølv gjere?",
            "sentence none: Studiar viser at tverrfagleg oppfølging gir betre funksjon.",
            "sentence none: Det er viktig at fastlegen skal vere kjend med planen.",
        ])
        let actors = articles[0].statements.map { $0.roles.filter(\.actor).map(\.role) }
        XCTAssertEqual(actors[0], ["fastlege"])
        XCTAssertEqual(actors[5], ["kommunal koordinator"], "«Oppgåver for …» names who does the listed tasks")
        XCTAssertEqual(actors[6], [], "the fastlege in a task of the coordinator only takes part")
        XCTAssertEqual(actors[8], ["fysioterapeut"])
        XCTAssertEqual(articles[1].statements.last?.roles.map(\.role), ["sykepleier"], "Nynorsk «sjukepleiarane»")
    }

    func testANominalTitleTakesTheStrengthOfItsStatement() throws {
        let articles = try guideline("web-avrusning-kapittel-etiketter.txt").articles.filter { $0.kind == .recommendation }
        XCTAssertFalse(articles.isEmpty)
        for article in articles {
            let strength = try XCTUnwrap(article.strength, article.title)
            XCTAssertEqual(strength.norm, .recommendation, article.title)
            XCTAssertEqual(strength.cue?.text, "bør", article.title)
        }
        let tiamin = try XCTUnwrap(articles.first { $0.title.hasPrefix("Tiamin") })
        XCTAssertEqual(tiamin.strength?.unit, .sentence, "«Tiamin til alle …» has no verb; «Tiamin bør gis …» carries it")
    }

    func testEveryStatementOfEveryFixtureSitsAtItsPlaceInTheText() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: IndexerTestSupport.fixturesDirectory.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
        for name in names {
            var diagnostics: [Diagnostic] = []
            guard let guideline = StructurePipeline.guideline(from: try IndexerTestSupport.fixture(name), diagnostics: &diagnostics)
            else { continue }
            for article in guideline.articles {
                for s in article.statements {
                    let text = s.section.map { article.sections[$0].text } ?? article.title
                    let scalars = Array(text.unicodeScalars)
                    XCTAssertLessThanOrEqual(s.end, scalars.count, "\(name): \(s.text)")
                    guard s.end <= scalars.count else { continue }
                    XCTAssertEqual(String(String.UnicodeScalarView(scalars[s.start..<s.end])), s.text, name)
                }
            }
        }
    }
}
