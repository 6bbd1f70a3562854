import GuideKit
import XCTest

/// `ChecklistClassifier`: the topic and plan read from lead-ins of many shapes (Bokmål and Nynorsk),
/// with the part's heading and the items as fallbacks; `PlanNoun` and `ItemMerger` on their own.
final class ChecklistClassifierTests: XCTestCase {
    private func classify(_ leadIn: String, heading: String? = nil, items: [String] = ["et punkt"],
                          statement: String = "") -> ChecklistClassifier.Result {
        ChecklistClassifier.classify(leadIn: leadIn, heading: heading, topItems: items, items: items, statement: statement)
    }

    func testLeadInsOfEveryTopic() {
        let cases: [(leadIn: String, topic: ChecklistTopic, plan: String?)] = [
            ("Kriseplanen bør inneholde:", .plan, "kriseplan"),
            ("En individuell plan skal blant annet beskrive:", .plan, "individuell plan"),
            ("Følgende bør tas med i oppfølgingsplanen:", .plan, "oppfølgingsplan"),
            ("Behandlingsplanen kan omfatte punkter som:", .plan, "behandlingsplan"),
            ("Planen skal innehalde:", .plan, "plan"),
            ("Tiltaksplanar bør mellom anna innehalde:", .plan, "tiltaksplan"),
            ("En plan for rehabilitering bør inkludere:", .plan, "plan for rehabilitering"),
            ("Oppgaver for koordinator kan være å:", .tasks, nil),
            ("Koordinatoren skal:", .tasks, nil),
            ("Fastlegen bør blant annet:", .tasks, nil),
            ("Kontaktlegen har ansvar for å:", .tasks, nil),
            ("Oppgåvene til koordinatoren er å:", .tasks, nil),
            ("Rådet kan følges ved at kommunen ivaretar følgende arbeidsoppgaver:", .tasks, nil),
            ("Anbefalingen kan følges ved at jordmor:", .tasks, nil),
            ("Rådet kan følges ved at ergoterapeuten og fysioterapeuten:", .tasks, nil),
            ("Rådet kan følges ved at de involverte i samtalen:", .other, nil),
            ("Utforsk sammen med pasienten og familien:", .questions, nil),
            ("Spørsmål som kan stilles i samtalen:", .questions, nil),
            ("Avklar med de pårørende:", .questions, nil),
            ("Helsepersonell kan spørre om:", .questions, nil),
            ("Kartleggingen bør omfatte:", .assessment, nil),
            ("Ved vurdering av funksjonsnivå bør følgende inngå:", .assessment, nil),
            ("Utredningen skal omfatte:", .assessment, nil),
            ("Helsepersonell bør kartlegge:", .assessment, nil),
            ("Rådet kan følges ved at:", .other, nil),
            ("Følgende tiltak kan være aktuelle:", .other, nil),
            ("Les mer i veilederen:", .other, nil),
        ]
        for c in cases {
            let result = classify(c.leadIn)
            XCTAssertEqual(result.topic, c.topic, "lead-in: \(c.leadIn)")
            XCTAssertEqual(result.plan, c.plan, "lead-in: \(c.leadIn)")
        }
    }

    func testAWeakLeadInFallsBackOnTheHeadingThenOnTheItems() {
        XCTAssertEqual(classify("Rådet kan følges ved at:", heading: "Innhold i kriseplanen"),
                       .init(topic: .plan, plan: "kriseplan"))
        XCTAssertEqual(classify("Rådet kan følges ved at:", heading: "Kartlegging").topic, .assessment)
        XCTAssertEqual(classify("Rådet kan følges ved at:", items: ["Hvem bor pasienten med?", "Har pasienten barn?", "Bolig"]).topic,
                       .questions)
        XCTAssertEqual(classify("Rådet kan følges ved at:", items: ["Hva er viktig?", "Bolig", "Arbeid"]).topic, .other,
                       "one question in three is not a list of questions")
        XCTAssertEqual(classify("Kriseplanen bør inneholde:", heading: "Kartlegging").topic, .plan,
                       "a lead-in with a cue is not overruled by the heading")
    }

    func testTasksNameThePlanTheRoleMakes() {
        XCTAssertEqual(classify("Koordinator skal:", items: ["tilby og utarbeide individuell plan", "innkalle til møter"]).plan,
                       "individuell plan")
        XCTAssertEqual(classify("Oppgaver for teamet:", items: ["holde behandlingsplanen oppdatert"]).plan, "behandlingsplan")
        XCTAssertEqual(classify("Oppgaver for koordinator:", items: ["innkalle til møter"],
                                statement: "Koordinator bør sikre at planer blir lagt tidlig.").plan, "plan")
        XCTAssertNil(classify("Oppgaver for koordinator:", items: ["innkalle til møter", "planlegge utskrivning"]).plan,
                     "planning a discharge is not a plan")
    }

    func testPlanNouns() {
        let cases: [(text: String, plan: String?)] = [
            ("utarbeide en individuell plan", "individuell plan"),
            ("Individuelle planer skal", "individuell plan"),
            ("oppdatere kriseplanene", "kriseplan"),
            ("en plan for å komme i gang", "plan"),
            ("Planlegge utskrivning og planleggingen", nil),
            ("ingen plan-ord her", "plan"),
            ("", nil),
        ]
        for c in cases { XCTAssertEqual(PlanNoun.first(in: c.text), c.plan, "text: \(c.text)") }
    }

    func testItemsWithTheSameContentWordsAreTheSame() {
        let same: [(String, String)] = [
            ("Hva er viktig for pasienten?", "hva som er viktig for pasientene"),
            ("Kontaktinformasjon til fastlege og koordinator", "kontaktinformasjon til fastlegen og koordinatoren"),
            ("Håndtering av symptomer ved forverring", "Handtering av symptomer ved eventuell forverring"),
        ]
        let different: [(String, String)] = [
            ("Boforhold", "Boforhold og hjelpemidler"),
            ("Kontakt med fastlege", "Kontakt med koordinator"),
            ("Samarbeid med pårørende", "Samarbeid med skolen"),
        ]
        for (a, b) in same { XCTAssertTrue(ItemMerger.same(ItemMerger.signature(a), ItemMerger.signature(b)), "\(a) ~ \(b)") }
        for (a, b) in different { XCTAssertFalse(ItemMerger.same(ItemMerger.signature(a), ItemMerger.signature(b)), "\(a) ≠ \(b)") }
    }
}
