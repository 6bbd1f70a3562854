import GuideIndexer
import GuideKit
import XCTest

/// Norms and roles as the library answers them from an index of the bundled corpus: each
/// recommendation's strength, the sentences a careful reader marks as duties, `search` filtered to
/// obligations or to a role, and `roleTasks`.
final class NormIndexTests: XCTestCase {

    private static let corpusIndexPath = TestCorpus.bundledIndexPath

    private func index() throws -> IndexStore {
        try IndexStore(path: try Self.corpusIndexPath.get())
    }

    private func statements(_ id: String, _ index: IndexStore) throws -> [StatementSummary] {
        try index.show(id: id).sections.flatMap(\.statements)
    }

    func testEveryRecommendationCarriesTheStrengthOfItsTitle() throws {
        let index = try index()
        for id in ["als/1.1", "als/1.2", "als/1.3", "als/1.4", "als/2.1", "als/2.2", "als/2.3", "me-cfs/1.1"] {
            let article = try index.show(id: id)
            XCTAssertEqual(article.strength?.norm, .recommendation, id)
            XCTAssertEqual(article.strength?.cue?.text, "bør", id)
        }
        XCTAssertNil(try index.show(id: "als/3.1").strength, "«Metode og prosess» is not advice")
    }

    /// Read by hand: in the ALS råd the duties are those the law sets ("Kommunen skal tilby …",
    /// "plikter å avklare", "er pålagt"); the advice itself is "bør". Sentences that only point to
    /// where a duty is described are not duties. A duty is a legal one only where the sentence
    /// cites its provision; the checklist item "pasienten må ha direktenummer" is no duty in law.
    func testObligationsAndRecommendationsMatchACarefulReadingOfTheALSText() throws {
        let index = try index()
        var legal: [String] = [], obligations: [String] = [], recommendations = 0
        for id in ["als/1.1", "als/1.2", "als/1.3", "als/1.4", "als/2.1", "als/2.2", "als/2.3"] {
            for s in try statements(id, index) {
                if s.norm == .legalDuty { legal.append(s.text) }
                if s.norm == .obligation { obligations.append(s.text) }
                if s.norm == .recommendation { recommendations += 1 }
                XCTAssertNotEqual(s.direction, .against, s.text)
            }
        }
        let expectedLegal = [
            "Spesialisthelsetjenestens plikt til å oppnevne koordinator følger av spesialisthelsetjenesteloven § 2-5a",
            "Koordinerende enhet i helseforetak må sikre rutiner", "Pasienter med samtykkekompetanse må samtykke",
        ]
        let expected = [
            "Kommunen skal tilby, og om pasienten samtykker", "Kommuner skal tilby, og om pasienten ønsker det",
            "Plikt til å melde om behov for individuell plan", "Meldingen skal gis til koordinerende enhet",
            "ALS-pasienten skal samtykke til å involvere pårørende", "Dersom ALS-pasienten ikke er samtykkekompetent, skal",
            "Pasienter med ALS og deres pårørende skal få",
            "ALS-koordinator i sykehuset og kommunal koordinator må sammen sikre",
            "Helsepersonellet involvert i ALS-pasientens behandling plikter", "pasienten må ha direktenummer til avdelingen",
            "I følge Pårørendeveileder er sykehuset pålagt",
        ]
        XCTAssertEqual(legal.count, expectedLegal.count, legal.joined(separator: "\n"))
        for start in expectedLegal {
            XCTAssertTrue(legal.contains { $0.hasPrefix(start) }, start)
        }
        XCTAssertEqual(obligations.count, expected.count, obligations.joined(separator: "\n"))
        for start in expected {
            XCTAssertTrue(obligations.contains { $0.hasPrefix(start) }, start)
        }
        XCTAssertEqual(recommendations, 31, "the «bør» sentences of the ALS råd (titles aside)")
        let none = try statements("als/2.3", index).filter { $0.text.hasPrefix("Helsepersonells plikt til å bidra") }
        XCTAssertEqual(none.map(\.norm), [Norm.none], "«… er beskrevet i rundskrivet» only reports the duty")
    }

    func testSentencesKnowTheirPlaceInTheirPartsText() throws {
        for section in try index().show(id: "als/1.3").sections {
            let scalars = Array(section.text.unicodeScalars)
            for s in section.statements {
                XCTAssertLessThanOrEqual(s.end, scalars.count)
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[s.start..<s.end])), s.text)
                if let cue = s.cue {
                    let sentence = Array(s.text.unicodeScalars)
                    XCTAssertEqual(String(String.UnicodeScalarView(sentence[cue.start..<cue.end])), cue.text)
                }
            }
        }
    }

    func testSearchForObligationsKeepsOnlyPassagesWithADuty() throws {
        let index = try index()
        let all = try index.search("pårørende samtykke", limit: 10)
        let must = try index.search("pårørende samtykke", limit: 10, filter: SearchFilter(obligationsOnly: true))
        XCTAssertFalse(must.results.isEmpty)
        XCTAssertLessThanOrEqual(must.results.count, all.results.count)
        for hit in must.results {
            let obligations = try XCTUnwrap(hit.obligations)
            XCTAssertFalse(obligations.isEmpty, hit.recommendation?.id ?? "")
            XCTAssertTrue(obligations.allSatisfy { $0.norm.isDuty && hit.section.text.contains($0.text) })
            let legalFirst = obligations.map { $0.norm == .legalDuty }
            XCTAssertEqual(legalFirst, legalFirst.sorted { $0 && !$1 }, "duties citing their basis first")
        }
        XCTAssertNil(all.results.first?.obligations, "plain search does not look for duties")
    }

    func testSearchByRoleKeepsRecommendationsWhereTheRoleActs() throws {
        let index = try index()
        let hits = try index.search("oppfølging", limit: 20, filter: SearchFilter(role: "virksomhetslederen"))
        XCTAssertEqual(hits.results.map { $0.recommendation?.id }, ["me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon/1.1"])
        XCTAssertThrowsError(try index.search("oppfølging", filter: SearchFilter(role: "tannlegen"))) { error in
            guard case RoleQueryError.unknownRole(_, _, let known)? = error as? RoleQueryError else { return XCTFail("\(error)") }
            XCTAssertTrue(known.contains("fastlege"))
        }
    }

    func testRoleNamesResolveInAnyForm() throws {
        let index = try index()
        let cases = [("fastlegen", "fastlege"), ("Fastlegens", "fastlege"), ("ALS-koordinatoren", "ALS-koordinator"),
                     ("als koordinator", "ALS-koordinator"), ("kommunale koordinatoren", "kommunal koordinator"),
                     ("parorende", "pårørende"), ("  SOSIONOMEN ", "sosionom")]
        for (typed, role) in cases {
            XCTAssertEqual(try index.resolveRole(typed), role, typed)
        }
        for odd in ["", "   ", "'; DROP TABLE roles; --", "%", "§ 10a", "fast"] {
            XCTAssertThrowsError(try index.resolveRole(odd), odd)
        }
    }

    func testRoleTasksListTheSentencesAndChecklistsWhereTheRoleActs() throws {
        let tasks = try index().roleTasks("ALS-koordinatoren")
        XCTAssertEqual(tasks.role, "ALS-koordinator")
        let ids = tasks.recommendations.map(\.recommendation.id)
        XCTAssertEqual(ids.first, "als-samhandling-og-oppfolging/1.1")
        XCTAssertTrue(tasks.recommendations.allSatisfy { $0.guideline.isHearingDraft })
        let first = try XCTUnwrap(tasks.recommendations.first)
        XCTAssertTrue(first.tasks.contains { $0.statement.text.hasPrefix("ALS-koordinator bør sikre at planer") })
        let list = try XCTUnwrap(first.tasks.first { $0.statement.unit == .leadIn })
        XCTAssertEqual(list.statement.text, "Oppgaver for ALS-koordinator kan være å:")
        XCTAssertEqual(list.items.count, 5)
        XCTAssertTrue(first.tasks.allSatisfy { $0.statement.roles.contains { $0.role == "ALS-koordinator" && $0.actor } })
        let overview = try index().roleOverview()
        XCTAssertEqual(overview.roles.first { $0.name == "virksomhetsleder" }?.recommendations, 1)
        XCTAssertEqual(overview.roles.first { $0.name == "fysioterapeut" }?.mentions, 0)
    }
}
