import GuideKit
@testable import GuideIndexer
import TestFixtures
import XCTest

/// What a duty's tag may claim: a legal duty only where the text cites the provision that sets
/// it, else "skal/må, uten hjemmel oppgitt". Real sentences of the bundled corpus, read one by one,
/// and sentences of our own: negations, "må vurderes", questions, quoted law, acts named without a
/// provision, and a title whose recommendation cites the basis.
final class NormBasisTests: XCTestCase {
    private static let source = SourceSpan(path: "test.md", line: 1)

    /// The statements of an article with this title, these sentences as its statement and a checklist.
    private func statements(title: String = "Om oppfølging", _ sentences: [String], items: [String] = [],
                            rationale: String? = nil) -> [NormativeStatement] {
        var blocks: [Block] = sentences.map { .paragraph(Paragraph(text: $0, source: Self.source)) }
        if !items.isEmpty {
            blocks.append(.checklist(Checklist(leadIn: "Rådet kan følges ved at:",
                                               items: items.map { ChecklistItem(text: $0, source: Self.source) },
                                               source: Self.source)))
        }
        var sections = [Section(kind: .recommendation, blocks: blocks, source: Self.source)]
        if let rationale {
            sections.append(Section(title: "Begrunnelse", kind: .rationale,
                                    blocks: [.paragraph(Paragraph(text: rationale, source: Self.source))], source: Self.source))
        }
        var article = Article(title: title, sections: sections, source: Self.source)
        article.legalReferences = LegalReferenceExtractor.references(in: article)
        return StatementExtractor(lexicon: .builtIn).statements(in: article)
    }

    private func norm(of sentence: String) -> (Norm, NormDirection?) {
        let found = statements([sentence]).filter { $0.unit == .sentence }
        XCTAssertEqual(found.count, 1, sentence)
        return (found.first?.norm ?? .none, found.first?.direction)
    }

    func testADutyIsLegalOnlyWhereItsSentenceCitesAProvision() {
        let cases: [(String, Norm, NormDirection?)] = [
            ("Helsepersonell må sørge for at barn som pårørende blir ivaretatt, jmf. helsepersonelloven § 10a.", .legalDuty, .for),
            ("Kommunen skal tilby koordinator, jf. forskrift om habilitering, rehabilitering og koordinator § 11.", .legalDuty, .for),
            ("Pasientens rett til informasjon følger av pasient- og brukerrettighetsloven kapittel 3, og helsepersonell plikter å gi den.",
             .legalDuty, .for),
            ("Helsepersonell skal ikke gi opplysninger videre uten samtykke, jf. helsepersonelloven § 21.", .legalDuty, .against),
            ("Pasienten skal ikke skrives ut før oppfølgingen er avtalt.", .obligation, .against),
            ("Behovet for avlastning må vurderes jevnlig.", .obligation, .for),
            ("Kommunen skal tilby koordinator etter helse- og omsorgstjenesteloven.", .obligation, .for),
            ("Kommunal koordinators rolle skal utdypes i forskrift om habilitering, rehabilitering og koordinator.", .obligation, .for),
            // Read on the unseen pages of TestFixtures.distractorPages:
            ("I tråd med pasient- og brukerrettighetsloven (lovdata.no) skal helsepersonell sikre at kvinnen har forstått informasjonen.",
             .legalDuty, .for),
            ("Begrensninger i selvstyret må ha hjemmel i lov, se kommuneloven § 2-1", .legalDuty, .for),
            ("Opplysningene om barnets vekt og lengde/høyde skal dokumenteres i elektronisk pasientjournal (EPJ) jf. Helsepersonelloven, §§ 39 og 40.",
             .legalDuty, .for),
            ("Hvis anbefalingen er så klart faglig forankret at det sjelden er forsvarlig ikke å følge den, brukes uttrykkene \"skal\" og \"må\".",
             .none, nil),
            ("Helsedirektoratet bruker ordene «skal» og «må» bare der det er hjemmel i lov.", .none, nil),
            ("Denne retningslinjen skal gi råd og anbefalinger ved legemiddelassistert rehabilitering.", .none, nil),
            ("Målsetting med alle tiltak skal da være best mulig lindring.", .none, nil),
            ("Det skal benyttes medisinsk godkjente vekter.", .obligation, .for),
            ("Det følger av helsepersonelloven § 4: «Helsepersonell skal utføre sitt arbeid i samsvar med de krav til faglig forsvarlighet»",
             .legalDuty, .for),
            ("Helsepersonelloven § 4 sier at helsepersonell skal utføre sitt arbeid forsvarlig.", .none, nil),
            ("Må pasienten samtykke etter pasient- og brukerrettighetsloven § 4-1?", .none, nil),
            ("Fastlegen bør melde behov for individuell plan, jf. helse- og omsorgstjenesteloven § 7-2.", .recommendation, .for),
            ("Pasienten kan klage til statsforvalteren etter pasient- og brukerrettighetsloven § 7-2.", .option, .for),
        ]
        for (sentence, expected, direction) in cases {
            let found = norm(of: sentence)
            XCTAssertEqual(found.0, expected, sentence)
            XCTAssertEqual(found.1, direction, sentence)
        }
    }

    func testATitleDutyTakesItsRecommendationsBasisButAChecklistItemDoesNot() {
        let found = statements(title: "Kommunen skal tilby individuell plan til pasienter med behov for langvarige tjenester",
                               ["Planen skal utarbeides sammen med pasienten."], items: ["pasienten må ha direktenummer til avdelingen"],
                               rationale: "Plikten følger av helse- og omsorgstjenesteloven § 7-1.")
        let byText = Dictionary(found.map { ($0.text, $0.norm) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(byText["Kommunen skal tilby individuell plan til pasienter med behov for langvarige tjenester"], .legalDuty)
        XCTAssertEqual(byText["Planen skal utarbeides sammen med pasienten."], .obligation)
        XCTAssertEqual(byText["pasienten må ha direktenummer til avdelingen"], .obligation)
        let uncited = statements(title: "Kommunen skal tilby individuell plan", [], rationale: "Se veilederen om individuell plan.")
        XCTAssertEqual(uncited.first?.norm, .obligation, "no provision cited anywhere")
    }

    func testAnEmbeddedQuestionAfterAListCarriesNoNorm() {
        XCTAssertEqual(norm(of: "Reflekter med kolleger om hvordan pasientens styrker, vansker, bekymringer og håp kan utforskes.").0, .none)
        XCTAssertEqual(norm(of: "Vurder hva pasienten trenger, og kommunen bør tilby avlastning.").0, .recommendation,
                       "a comma before «og» starts a new clause")
        XCTAssertEqual(norm(of: "Hvordan pasienten, pårørende og teamet samarbeider, kan avtales i planen.").0, .option,
                       "a fronted question is not embedded")
    }

    /// Every duty of the bundled corpus, read by hand: only the four sentences that cite a
    /// provision are legal duties; the rest say "skal"/"må" without a basis.
    func testTheBundledCorpusDutiesAsReadByHand() throws {
        let scan = try CorpusScanner.scan(TestFixtures.bundledCorpus)
        var diagnostics: [Diagnostic] = []
        let statements = StructurePipeline.guidelines(from: scan.documents, diagnostics: &diagnostics)
            .flatMap(\.articles).flatMap(\.statements)
        let legal = statements.filter { $0.norm == .legalDuty }.map(\.text)
        let expected = [
            "Helsepersonell må sørge for at barn som pårørende", "I situasjoner der helsepersonell velger løsninger",
            "Koordinerende enhet i helseforetak må sikre", "Nasjonale faglige råd skal baseres på kunnskap",
            "Pasienter med samtykkekompetanse må samtykke", "Spesialisthelsetjenestens plikt til å oppnevne",
        ]
        XCTAssertEqual(legal.count, expected.count, legal.joined(separator: "\n"))
        for start in expected {
            XCTAssertTrue(legal.contains { $0.hasPrefix(start) }, start)
        }
        for text in legal {
            XCTAssertTrue(text.contains("§"), text)
        }
        let norms = Dictionary(statements.map { ($0.text, $0.norm) }, uniquingKeysWith: { a, _ in a })
        XCTAssertEqual(norms["pasienten må ha direktenummer til avdelingen"], .obligation)
        XCTAssertEqual(norms["I følge Pårørendeveileder er sykehuset pålagt å utpeke barneansvarlig personell."], .obligation,
                       "a guide, not a law, is cited")
        XCTAssertEqual(norms["Virksomhetsleder må sørge for at planen er kjent for alle som er involvert i oppfølgingen av pasienten."],
                       .obligation)
        XCTAssertEqual(norms["oppfølging kan skje i pasientens hjem eller digitalt, når det er hensiktsmessig"], .option)
        XCTAssertEqual(norms["Reflekter med kolleger om hvordan pasientens styrker, vansker, bekymringer og håp kan utforskes."], Norm.none)
    }
}
