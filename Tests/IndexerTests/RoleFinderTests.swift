import GuideKit
@testable import GuideIndexer
import XCTest

/// Roles in sentences: names in any inflection, compounds with hyphens, several-word names, and
/// which role is the one to act.
final class RoleFinderTests: XCTestCase {
    private func roles(_ sentence: String, listLine: Bool = false) -> [String] {
        let tokens = NormToken.tokens(sentence)
        let tag = NormTagger.tag(tokens)
        return RoleFinder(lexicon: .builtIn).matches(in: tokens, cue: tag.cue, listLine: listLine).map {
            $0.role + ($0.actor ? " (handler)" : "")
        }
    }

    func testInflectedAndCompoundNamesResolveToTheCanonicalRole() {
        let cases: [(String, [String])] = [
            ("Fastlegen bør kalle inn til kontroll.", ["fastlege (handler)"]),
            ("Fastlegene bør kjenne til rådet.", ["fastlege (handler)"]),
            ("ALS-koordinatoren bør sikre at planer blir lagt.", ["ALS-koordinator (handler)"]),
            ("Den kommunale koordinatoren skal tilby individuell plan.", ["kommunal koordinator (handler)"]),
            ("Koordinator i kommunen bør oppnevnes raskt.", ["kommunal koordinator"]),
            ("Koordinatoren bør ha jevnlig kontakt med pasienten.", ["koordinator (handler)"]),
            ("Sykepleiere og ergoterapeuter bør samarbeide om tilretteleggingen.",
             ["sykepleier (handler)", "ergoterapeut (handler)"]),
            ("Pårørande bør få tilbod om samtale.", ["pårørende"]),
        ]
        for (sentence, expected) in cases {
            XCTAssertEqual(roles(sentence), expected, sentence)
        }
        // "fast" and "kontakt" share stems with "fastlege" and "kontaktlege" but are not roles.
        XCTAssertEqual(roles("Pasienten bør ha fast kontakt med avdelingen."), [])
    }

    func testTheSubjectOfTheNormActsAndObjectsOfPrepositionsDoNot() {
        let cases: [(String, [String])] = [
            ("ALS-koordinator bør samarbeide systematisk med pasientens kontaktlege.",
             ["ALS-koordinator (handler)", "kontaktlege"]),
            ("Om pasienten samtykker, bør ALS-teamet oppfordre pårørende til å delta.", ["ALS-team (handler)", "pårørende"]),
            ("ALS-teamet i sykehuset og kommunal koordinator bør sammen sikre at hjelpemidler er vurdert.",
             ["ALS-team (handler)", "kommunal koordinator (handler)"]),
            ("Kontaktpersonen til pårørende barn bør involvere helsestasjonen.",
             ["kontaktperson (handler)", "pårørende", "helsestasjon"]),
            ("Pårørende barn bør få tilbud om informasjon.", ["pårørende"]),
            ("For pasienter med ALS bør en kommunal koordinator være oppnevnt.", ["kommunal koordinator"]),
            ("Hvor raskt den kommunale koordinatoren bør komme på plass avgjøres i dialog med ALS-koordinator.",
             ["kommunal koordinator", "ALS-koordinator"]),
            ("Fastlegen har det medisinske ansvaret.", ["fastlege"]),
        ]
        for (sentence, expected) in cases {
            XCTAssertEqual(roles(sentence), expected, sentence)
        }
    }

    func testListLeadInsAndItemsNameWhoActs() {
        let cases: [(String, [String])] = [
            ("Oppgaver for ALS-koordinator kan være å:", ["ALS-koordinator (handler)"]),
            ("Rådet kan følges ved at kommunal koordinator ivaretar følgende oppgaver:", ["kommunal koordinator (handler)"]),
            ("Rådet kan følges ved at det tverrfaglige kommunale teamet, pasientens ansvarlige sykepleier og pasientens fastlege ivaretar følgende oppgaver:",
             ["kommunalt tverrfaglig team (handler)", "sykepleier (handler)", "fastlege (handler)"]),
            ("sosionom i ALS-teamet informerer om støtteordninger", ["sosionom (handler)", "ALS-team (handler)"]),
            ("ALS-koordinator, i samråd med den kommunale koordinatoren, innhenter oversikt",
             ["ALS-koordinator (handler)", "kommunal koordinator"]),
            ("opprette kontakt med pasientens fastlege raskt", ["fastlege"]),
        ]
        for (sentence, expected) in cases {
            XCTAssertEqual(roles(sentence, listLine: true), expected, sentence)
        }
    }

    func testLexiconFileIsParsedWithDiagnostics() {
        var diagnostics: [Diagnostic] = []
        let lexicon = RoleLexicon.parse("# kommentar\nfastlege\tallmennlege, fastlegekontoret\n\nfastlege\n  \t \nlogoped # taleterapeut\n",
                                        path: "roles.tsv", diagnostics: &diagnostics)
        XCTAssertEqual(lexicon.roles.map(\.name), ["fastlege", "logoped"])
        XCTAssertEqual(lexicon.roles.first?.forms, ["fastlege", "allmennlege", "fastlegekontoret"])
        XCTAssertEqual(diagnostics.map(\.line), [4], "the role listed twice")
        XCTAssertFalse(RoleLexicon.builtIn.roles.isEmpty, "the built-in lexicon is bundled")
    }
}
