import GuideIndexer
import GuideKit
import XCTest

/// The concept lexicon: a situation described in everyday words finds the passage that uses the
/// guidelines' term for it, and the words typed still count more than the concept's terms.
final class ConceptLexiconTests: XCTestCase {
    private func index(_ lexicon: String) throws -> IndexStore {
        var diagnostics: [Diagnostic] = []
        let concepts = ConceptFile.parse(lexicon, path: "Corpus/concepts.tsv", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.message), [])
        return try IndexStore(path: try SampleGuideline.buildIndex(concepts: concepts))
    }

    func testALayPhraseFindsThePassageWithTheTerm() throws {
        let lexicon = "spiser nesten ingenting, klarer ikke å spise = ernæring, innta næring\n"
        XCTAssertTrue(try IndexStore(path: try SampleGuideline.buildIndex()).search("hun spiser nesten ingenting")
            .results.allSatisfy { $0.recommendation?.id != "demo/1.2" }, "without the lexicon nothing leads to the advice on nutrition")
        let index = try index(lexicon)
        for query in ["hun spiser nesten ingenting", "Klarer IKKE spise", "hun klarer ikke å spise?"] {
            let results = try index.search(query)
            XCTAssertEqual(results.results.first?.recommendation?.id, "demo/1.2", query)
            XCTAssertEqual(results.analysis.words.last?.notes, ["begrep: ernæring, innta næring"], query)
        }
    }

    func testTheLayPhraseMustBeWhole() throws {
        let index = try index("spiser nesten ingenting = ernæring\n")
        for query in ["spiser nesten", "nesten ingenting spiser", "spiser nesten aldri ingenting"] {
            XCTAssertFalse(try index.search(query).analysis.words.contains(where: \.isConcept), query)
        }
    }

    func testTheWordsTypedRankAboveTheConceptsTerms() throws {
        // "hvile" is in demo/1.2's text; "skjermet", the concept's term, in demo/1.1's.
        let results = try index("hvile = skjermet\n").search("hvile", explain: true)
        XCTAssertEqual(results.results.map { $0.recommendation?.id }, ["demo/1.2", "demo/1.1"])
        XCTAssertEqual(results.results.last?.explanation?.matchedInText, ["skjermet (begrep)"])
    }

    func testTheAnalysisShowsTheConcept() throws {
        let analysis = try index("klarer ikke å spise = ernæring, spisehjelp\n").ask(AnalysisQuestion("klarer ikke å spise selv"))
        let text = AnalysisRenderer.render("klarer ikke å spise selv", analysis: analysis, style: TextStyle(colored: false))
        XCTAssertTrue(text.contains("«klarer ikke å spise» – hverdagsuttrykk, teller mindre enn ordene selv\n    begrep: ernæring, spisehjelp\n"), text)
        XCTAssertEqual(analysis.corrections.count, 0, "a concept is no correction")
    }

    func testAWordStandsForItsConceptsNameInALongerLayPhrase() throws {
        // "moren" is said of a relative; "pårørende er utslitt" then says whose exhaustion it is, and
        // the patient's ("helt utslitt" = utmattelse) is not searched for.
        let lexicon = "moren, datteren = pårørende\nhelt utslitt = utmattelse, aktivitetsregulering\n"
            + "pårørende er utslitt = pårørendesamtale, avlastning\n"
        let index = try index(lexicon)
        let concepts = try index.search("moren er helt utslitt").analysis.words.filter(\.isConcept).map(\.searched)
        XCTAssertEqual(concepts, ["pårørende", "pårørendesamtale"])
        let alone = try index.search("pasienten er helt utslitt").analysis.words.filter(\.isConcept).map(\.searched)
        XCTAssertEqual(alone, ["utmattelse"], "without a relative named the exhaustion is the patient's")
    }

    func testALexiconLineThatCannotBeUsedIsReportedWithItsLine() {
        var diagnostics: [Diagnostic] = []
        let concepts = ConceptFile.parse("""
            # kommentar
            får ikke puste = respirasjonssvikt, pustehjelp
            får ikke puste
            tungpust = livets slutt, palliativ
            og i = ernæring
            """, path: "Corpus/concepts.tsv", diagnostics: &diagnostics)
        XCTAssertEqual(concepts.map(\.terms), [["respirasjonssvikt", "pustehjelp"]])
        XCTAssertEqual(diagnostics.map(\.line), [3, 4, 5])
        XCTAssertTrue(diagnostics[1].message.contains("må være ett ord"), diagnostics[1].message)
    }
}
