import GuideIndexer
import GuideKit
import XCTest

/// `IndexStore.planChecklists(for:)` on the bundled corpus and on a corpus of two Markdown guidelines
/// written for the test, whose plan checklists say some of the same things in other words.
final class PlanTests: XCTestCase {
    private static let mecfs = "me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon"

    private static let corpusIndexPath = TestCorpus.bundledIndexPath

    private func corpusIndex() throws -> IndexStore {
        try IndexStore(path: try Self.corpusIndexPath.get())
    }

    // MARK: - Bundled corpus

    func testMECFSHomeCareGivesTheNinePlanItemsWithTheirNesting() throws {
        let index = try corpusIndex()
        for situation in ["ME/CFS helsehjelp i hjemmet", "pasient med ME/CFS som får helsehjelp hjemme",
                          "hva bør planen inneholde for ME/CFS-pasienter hjemme"] {
            let answer = try index.planChecklists(for: situation)
            XCTAssertEqual(answer.checklists.map(\.recommendation.id), ["\(Self.mecfs)/1.1"], situation)
            XCTAssertEqual(answer.tasks.count, 0, "no ALS task list for ME/CFS: \(situation)")
            XCTAssertEqual(answer.plan.count, 9, situation)
            XCTAssertEqual(answer.plan.map(\.items.count), [0, 0, 0, 0, 0, 0, 2, 1, 0], situation)
            XCTAssertEqual(answer.plan[6].text, "Hvordan ivareta:")
            XCTAssertEqual(answer.plan[6].items.map(\.text), ["behov for sosial kontakt", "fysisk og kognitive funksjoner"])
            let checklist = try XCTUnwrap(answer.checklists.first)
            XCTAssertEqual(checklist.topic, .plan)
            XCTAssertEqual(checklist.plan, "plan for oppfølging")
            XCTAssertEqual([checklist.topLevelItemCount, checklist.itemCount], [9, 12])
            XCTAssertTrue(checklist.guideline.isHearingDraft)
            for item in answer.plan + answer.plan.flatMap(\.items) {
                let source = try XCTUnwrap(item.sources.first, item.text)
                XCTAssertEqual(source.source.path, "Corpus/\(Self.mecfs).txt")
                XCTAssertTrue((checklist.source.lines[0]...checklist.source.lines[1]).contains(source.source.lines[0]), item.text)
                XCTAssertEqual(source.recommendation.id, checklist.recommendation.id)
            }
        }
    }

    func testALSBringsTheBehandlingsplanAndTheCoordinatorsTasks() throws {
        let answer = try corpusIndex().planChecklists(for: "ALS")
        XCTAssertTrue(answer.checklists.allSatisfy { $0.guideline.id == "als-samhandling-og-oppfolging" }, "only ALS lists")
        let leadIns = answer.checklists.map(\.leadIn)
        XCTAssertTrue(leadIns.contains("Oppgaver for ALS-koordinator kan være å:"), "\(leadIns)")
        XCTAssertTrue(leadIns.contains { $0.contains("kommunal koordinator ivaretar følgende oppgaver") }, "\(leadIns)")
        let tasks = answer.tasks.map(\.text)
        XCTAssertTrue(tasks.contains { $0.hasPrefix("utarbeider og holder oppdatert en behandlingsplan") }, "\(tasks)")
        XCTAssertTrue(tasks.contains { $0.hasPrefix("tilbyr og utarbeider individuell plan") }, "\(tasks)")
        // The contact overview both coordinators keep is one task with two sources.
        let overview = try XCTUnwrap(answer.tasks.first { $0.text.contains("oversikt over kontaktinformasjon") })
        XCTAssertEqual(Set(overview.sources.map(\.recommendation.id)),
                       ["als-samhandling-og-oppfolging/1.1", "als-samhandling-og-oppfolging/1.2"])
        XCTAssertEqual(overview.sources.map(\.source.lines[0]).count, 2)
    }

    func testTheAskedPlanComesFirstAndTheQuestionWordsAreNotTheSituation() throws {
        let answer = try corpusIndex().planChecklists(for: "hva bør behandlingsplanen inneholde ved ALS")
        XCTAssertEqual(answer.planAsked, "behandlingsplan")
        XCTAssertEqual(answer.terms, ["als"])
        XCTAssertEqual(answer.checklists.first?.plan, "behandlingsplan")
        XCTAssertFalse(answer.checklists.contains { $0.guideline.id == Self.mecfs })
    }

    func testWithoutASituationEveryPlanChecklistInCorpusOrder() throws {
        let index = try corpusIndex()
        let db = try Database(path: try Self.corpusIndexPath.get(), mode: .readOnly)
        let planLists = try db.firstRow("SELECT count(*) FROM checklists WHERE topic = 'plan'")?.int(0)
        for situation in [nil, "", "  ", "plan", "hva bør planen inneholde"] {
            let answer = try index.planChecklists(for: situation)
            XCTAssertEqual(answer.checklists.filter { $0.topic == .plan }.count, planLists, "\(situation ?? "nil")")
            XCTAssertEqual(answer.checklists.first?.recommendation.id, "\(Self.mecfs)/1.1")
            XCTAssertNil(answer.checklists.first?.fit, "no fit without a situation")
            XCTAssertEqual(answer.checklists.map(\.number), Array(1...answer.checklists.count))
        }
    }

    func testTopicsAreStoredAndShown() throws {
        let index = try corpusIndex()
        XCTAssertEqual(try index.show(id: "\(Self.mecfs)/1.1").checklists.map(\.topic), [.plan, .questions, .other])
        XCTAssertEqual(try index.show(id: "als/1.1").checklists.map(\.topic), [.tasks])
        XCTAssertEqual(try index.show(id: "als/1.2").checklists.map(\.plan), ["individuell plan", "behandlingsplan"])
    }

    func testOddSituationsGiveAnAnswerNotAnError() throws {
        let index = try corpusIndex()
        for situation in ["\"", "*", "NEAR AND OR NOT", "'; DROP TABLE checklists; --", "^-(", String(repeating: "plan ", count: 500),
                          "kreft hos barn", "ÆØÅ æøå"] {
            let answer = try index.planChecklists(for: situation)
            XCTAssertEqual(answer.situation, situation.trimmingCharacters(in: .whitespacesAndNewlines), situation)
        }
        XCTAssertTrue(try index.planChecklists(for: "kreft hos barn").checklists.isEmpty)
        XCTAssertEqual(try index.planChecklists(for: nil, limit: 1).checklists.map(\.topic), [.plan, .tasks])
    }

    // MARK: - Two guidelines sharing items

    func testItemsSaidInTwoGuidelinesAreOneItemWithTwoSources() throws {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("guide-plan-md-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: corpus) }
        try Self.hjerte.write(to: corpus.appendingPathComponent("hjertesvikt.md"), atomically: true, encoding: .utf8)
        try Self.kols.write(to: corpus.appendingPathComponent("kols.md"), atomically: true, encoding: .utf8)
        let path = corpus.appendingPathComponent("index.sqlite").path
        _ = try IndexBuilder.build(corpus: corpus, into: path)
        let answer = try IndexStore(path: path).planChecklists(for: nil)

        XCTAssertEqual(answer.checklists.filter { $0.topic == .plan }.map(\.guideline.id), ["hjertesvikt", "kols"])
        XCTAssertEqual(answer.plan.map(\.text), ["Hva er viktig for pasienten?", "Kontaktinformasjon til fastlege og koordinator",
                                                 "Kriseplan ved forverring", "Boforhold og hjelpemidler"])
        let important = answer.plan[0]
        XCTAssertEqual(important.sources.map(\.guideline.id), ["hjertesvikt", "kols"])
        XCTAssertEqual(important.sources.map(\.text), ["Hva er viktig for pasienten?", "Hva som er viktig for pasientene"])
        XCTAssertEqual(important.sources.map(\.guideline.isHearingDraft), [true, false])
        XCTAssertEqual(important.sources.map { ($0.source.path as NSString).lastPathComponent }, ["hjertesvikt.md", "kols.md"])
        let crisis = answer.plan[2]
        XCTAssertEqual(crisis.sources.count, 2, "\"Kriseplan ved eventuell forverring\" is the same item")
        XCTAssertEqual(crisis.items.map(\.text), ["hvem som skal varsles", "telefonnummer til legevakten"])
        XCTAssertEqual(crisis.items.map(\.sources.count), [2, 1])
        XCTAssertEqual(answer.plan[3].sources.map(\.guideline.id), ["kols"])

        XCTAssertEqual(answer.checklists.filter { $0.topic == .tasks }.map(\.plan), ["individuell plan"])
        XCTAssertEqual(answer.tasks.map(\.text), ["tilby individuell plan", "kalle inn til møter i ansvarsgruppen"])
        XCTAssertFalse(answer.checklists.contains { $0.leadIn.hasPrefix("Spør") }, "questions are not plan content")
    }

    private static let hjerte = """
    ---
    title: "Hjertesvikt – oppfølging i kommunen"
    publisher: Helsedirektoratet
    status: høringsutkast
    url: https://www.example.no/hjertesvikt
    ---

    # Oppfølging

    ## Kommunen bør lage en plan for oppfølging av pasienter med hjertesvikt

    Planen lages sammen med pasienten. Planen bør inneholde:

    - Hva er viktig for pasienten?
    - Kontaktinformasjon til fastlege og koordinator
    - Kriseplan ved forverring
      - hvem som skal varsles

    Spør pasienten om:

    - Hvordan går det med pusten?
    - Hvem hjelper deg hjemme?

    """

    private static let kols = """
    ---
    title: "KOLS – behandling og oppfølging"
    publisher: Helsedirektoratet
    url: https://www.example.no/kols
    ---

    # Oppfølging i hjemmet

    ## Pasienter med alvorlig kols bør få en individuell plan

    En individuell plan for pasienter med kols bør blant annet inneholde:

    - Hva som er viktig for pasientene
    - Kontaktinformasjon til fastlegen og koordinatoren
    - Kriseplan ved eventuell forverring
      - hvem som skal varsles
      - telefonnummer til legevakten
    - Boforhold og hjelpemidler

    ### Praktisk – slik kan rådet følges

    Koordinatoren skal:

    - tilby individuell plan
    - kalle inn til møter i ansvarsgruppen

    """
}
