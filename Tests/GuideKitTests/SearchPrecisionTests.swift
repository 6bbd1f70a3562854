import GuideIndexer
@testable import GuideKit
import TestFixtures
import XCTest

/// What a user sees of search's precision on the bundled corpus with real Helsedirektoratet pages
/// beside it as distractors: no hit without relevance, heading words a whole guideline shares
/// counting little, the part that answers shown, and a checklist first for "what should it contain".
final class SearchPrecisionTests: XCTestCase {
    private static let index: Result<String, Error> = Result {
        try TestCorpus.build(adding: [TestFixtures.distractorPages], name: "precision")
    }

    private func store() throws -> IndexStore { try IndexStore(path: try Self.index.get()) }

    private static let queries = [
        "koordinator ALS", "koordinator", "barn under 18 år som pårørende til forelder med ALS", "hva bør planen inneholde",
        "pasient med alvorlig ME som er sengeliggende og plages av lys og lyd", "individuell plan ALS kommunen",
        "ønsker for livets slutt ALS", "helsepersonelloven § 10a", "hjelpemidler", "vekt og høyde",
    ]

    func testFillerOnlyQueryListsNothingAndSaysSo() throws {
        for query in ["og i på en", "hva er det", "og"] {
            let results = try store().search(query)
            XCTAssertEqual(results.results.count, 0, query)
            XCTAssertTrue(results.fillerOnly, query)
            XCTAssertTrue(SearchRenderer.render(results, style: TextStyle(colored: false)).contains("bare fyllord"), query)
        }
        XCTAssertFalse(try store().search("og barn").fillerOnly)
    }

    func testNoHitScoresZeroAndTheFloorSaysWhatItCut() throws {
        let index = try store()
        for query in Self.queries {
            let results = try index.search(query, limit: 20)
            XCTAssertFalse(results.results.contains { $0.score < 0.0005 }, query)
        }
        // A query whose few answers cover it and many weak matches do not: the weak ones are cut and counted.
        let results = try index.search("barn under 18 år som pårørende til forelder med ALS", limit: 20, explain: true)
        let dropped = try XCTUnwrap(results.dropped)
        XCTAssertGreaterThan(dropped.count, 0)
        XCTAssertEqual(dropped.count, dropped.zeroScore + dropped.belowFloor)
        XCTAssertLessThan(results.results.count, 20)
        let best = try XCTUnwrap(results.results.first?.score)
        for hit in results.results {
            let e = try XCTUnwrap(hit.explanation)
            XCTAssertTrue(hit.score >= SearchRanking.floorShareOfBest * best || e.contentCoverage >= SearchRanking.floorCoverage,
                          "\(hit.recommendation?.title ?? "") kept below the floor")
        }
        XCTAssertTrue(SearchRenderer.render(results, style: TextStyle(colored: false)).contains("under relevansgrensen utelatt"))
    }

    /// "ALS" stands in the heading of most of the ALS guideline's passages, "koordinator" in few:
    /// the first hit holds "koordinator", and no text page lacking it stands above one that has it.
    func testHeadingWordsAGuidelineSharesCountLittle() throws {
        let results = try store().search("koordinator ALS", explain: true)
        let first = try XCTUnwrap(results.results.first)
        XCTAssertFalse(first.explanation?.missing.contains("koordinator") ?? true)
        XCTAssertEqual(first.recommendation?.kind, .recommendation)
        let explanation = try XCTUnwrap(first.explanation)
        let shares = Dictionary(uniqueKeysWithValues: zip(explanation.matchedInHeading, explanation.headingShares))
        XCTAssertGreaterThan(try XCTUnwrap(shares["als"]), try XCTUnwrap(shares["koordinator"]), "ALS is the guideline's name")
        assertNoTextPageAboveFullerRecommendation(results)
    }

    func testTextPageNeverAboveARecommendationCoveringMoreOrAsMuch() throws {
        let index = try store()
        for query in Self.queries {
            assertNoTextPageAboveFullerRecommendation(try index.search(query, limit: 20, explain: true))
        }
        // The rule itself, on bare candidates: a text page covering half moves below a recommendation
        // covering all, and below one covering as much at a fifth of its score or more, not below
        // one covering as much at less.
        let page = PassageRankingFacts(kind: .other, articleKind: .text, isChecklist: false)
        let advice = PassageRankingFacts(kind: .recommendation, articleKind: .recommendation, isChecklist: false)
        let ordered = SearchRanking.textPagesBelowRecommendations([
            .init(passageID: 1, article: 1, score: 9, contentCoverage: 0.5, facts: page),
            .init(passageID: 2, article: 2, score: 5, contentCoverage: 1, facts: advice),
            .init(passageID: 3, article: 3, score: 4, contentCoverage: 0.5, facts: advice),
            .init(passageID: 4, article: 4, score: 1, contentCoverage: 0.5, facts: advice),
        ])
        XCTAssertEqual(ordered.map(\.passageID), [2, 3, 1, 4])
    }

    /// "hjemmebesøk ALS" led with a page on home visits in pregnancy, and the ALS guideline's
    /// recommendations (none says "hjemmebesøk") came after two pages of other guidelines: a query
    /// naming a guideline (a word its title and most of its headings hold) is about it.
    func testQueryNamingAGuidelineLeadsWithItsHits() throws {
        let results = try store().search("hjemmebesøk ALS", limit: 10, explain: true)
        let first = try XCTUnwrap(results.results.first)
        XCTAssertTrue(first.guideline.title.hasPrefix("ALS"), first.guideline.title)
        let lastALS = try XCTUnwrap(results.results.lastIndex { $0.guideline.title.hasPrefix("ALS") })
        let moved = try XCTUnwrap(results.results.firstIndex { !$0.guideline.title.hasPrefix("ALS") })
        XCTAssertGreaterThan(moved, lastALS, "every ALS hit covering as much stands above the pages of other guidelines")
        XCTAssertEqual(results.results[moved].explanation?.movedOutsideNamedGuideline, true)
        // "ansvar" heads every passage of a one-page guideline titled by it: that names nothing, and
        // the ME recommendation covering more still leads.
        let role = try store().search("virksomhetsleders ansvar ME", limit: 5)
        XCTAssertTrue(role.results.first?.recommendation?.title.hasPrefix("Virksomhetsleder") == true,
                      role.results.first?.recommendation?.title ?? "")
        // The rule on bare candidates: a hit outside moves below the last inside covering as much.
        let ordered = SearchRanking.outsideNamedGuidelineBelow([
            .init(passageID: 1, article: 1, score: 9, contentCoverage: 0.5, inNamedGuideline: false),
            .init(passageID: 2, article: 2, score: 5, contentCoverage: 0.5, inNamedGuideline: true),
            .init(passageID: 3, article: 3, score: 4, contentCoverage: 0.25, inNamedGuideline: true),
        ])
        XCTAssertEqual(ordered.map(\.passageID), [2, 1, 3])
    }

    private func assertNoTextPageAboveFullerRecommendation(_ results: SearchResults, file: StaticString = #filePath, line: UInt = #line) {
        for (index, hit) in results.results.enumerated() where hit.recommendation?.kind == .text {
            let coverage = hit.explanation?.contentCoverage ?? 0
            for later in results.results[(index + 1)...] where later.recommendation?.kind == .recommendation {
                XCTAssertLessThanOrEqual(later.explanation?.contentCoverage ?? 0, coverage + 1e-9,
                                         "«\(results.query)»: text page «\(hit.recommendation?.title ?? "")» above «\(later.recommendation?.title ?? "")»",
                                         file: file, line: line)
            }
        }
    }

    /// `guide search koordinator` showed a part whose text lacks the word ("Se også råd om …"):
    /// the part shown holds it, highlighted, whenever one of the recommendation's parts does.
    func testSnippetHoldsAHighlightedQueryWord() throws {
        let index = try store()
        for query in ["koordinator", "koordinator ALS", "hjelpemidler", "pårørende barn"] {
            for hit in try index.search(query).results {
                let text = hit.section.text.lowercased()
                let holds = try index.analyze(query).words.contains { text.contains($0.searched) }
                guard holds else { continue }
                let highlighted = hit.snippet.runs.filter(\.highlighted).map { $0.text.lowercased() }
                XCTAssertFalse(highlighted.isEmpty, "«\(query)» → \(hit.recommendation?.id ?? ""): snippet «\(hit.snippet.text)»")
            }
        }
        let first = try XCTUnwrap(try index.search("koordinator").results.first)
        XCTAssertTrue(first.snippet.text.lowercased().contains("koordinator"), first.snippet.text)
        XCTAssertFalse(first.snippet.text.hasPrefix("Se også"), first.snippet.text)
    }

    /// Of two parts of a recommendation covering the query alike, the practical advice is shown
    /// before the rationale; a part covering more is shown whatever its kind; the hit keeps the rank
    /// its best passage earned.
    func testAnsweringPartIsShown() {
        let practical = PassageRankingFacts(kind: .practical, articleKind: .recommendation, isChecklist: false)
        let rationale = PassageRankingFacts(kind: .rationale, articleKind: .recommendation, isChecklist: false)
        let tie = SearchRanking.chosenPerArticle([
            .init(passageID: 1, article: 1, score: 8, partCoverage: 1, facts: rationale),
            .init(passageID: 2, article: 1, score: 6, partCoverage: 1, facts: practical),
            .init(passageID: 3, article: 2, score: 7, partCoverage: 1, facts: practical),
        ])
        XCTAssertEqual(tie.map(\.passageID), [2, 3])
        XCTAssertEqual(tie.first?.score, 8)
        XCTAssertEqual(tie.first?.scoredPassageID, 1)
        let fuller = SearchRanking.chosenPerArticle([
            .init(passageID: 1, article: 1, score: 8, partCoverage: 1, facts: rationale),
            .init(passageID: 2, article: 1, score: 6, partCoverage: 0.5, facts: practical),
        ])
        XCTAssertEqual(fuller.map(\.passageID), [1])
        // A long rationale holding one more frequent word ("ikke") than the advice covers it alike.
        let near = SearchRanking.chosenPerArticle([
            .init(passageID: 1, article: 1, score: 8, partCoverage: 0.55, facts: rationale),
            .init(passageID: 2, article: 1, score: 6, partCoverage: 0.5, facts: practical),
        ])
        XCTAssertEqual(near.map(\.passageID), [2])
    }

    /// A question asking why ("hvorfor …") is shown by the recommendation's rationale, even where
    /// the practical advice shares more of its words.
    func testWhyQuestionShowsTheRationale() {
        let practical = PassageRankingFacts(kind: .practical, articleKind: .recommendation, isChecklist: false)
        let rationale = PassageRankingFacts(kind: .rationale, articleKind: .recommendation, isChecklist: false)
        var parts: [SearchRanking.Candidate] = [
            .init(passageID: 1, article: 1, score: 8, partCoverage: 1, facts: practical),
            .init(passageID: 2, article: 1, score: 6, partCoverage: 0.6, facts: rationale),
        ]
        XCTAssertEqual(SearchRanking.chosenPerArticle(parts).map(\.passageID), [1])
        for index in parts.indices { parts[index].asksWhy = true }
        XCTAssertEqual(SearchRanking.chosenPerArticle(parts).map(\.passageID), [2])
    }

    /// Two query words side by side in a text ("individuell plan"), or a synonym of several words
    /// as a phrase, are held as a phrase; the same words apart are not.
    func testQueryPhrasesAreFoundSideBySide() {
        let analysis = QueryAnalysis(words: [
            .init(typed: "individuell", searched: "individuell"), .init(typed: "plan", searched: "plan"),
        ])
        let phrases = QueryPhrases(analysis)
        XCTAssertTrue(phrases.isHeld(in: "Kommunen skal tilby en individuell plan til pasienten."))
        XCTAssertTrue(phrases.isHeld(in: "Individuelle planer utarbeides i samråd med pasienten."))
        XCTAssertFalse(phrases.isHeld(in: "Individuell kartlegging gjennomføres, og en plan lages."))
        XCTAssertFalse(phrases.isHeld(in: "en individuell og en felles plan"), "filler between the words breaks the phrase")
        var ip = QueryAnalysis.Word(typed: "ip", searched: "ip")
        ip.alternatives.append(["individuell", "plan"].map(NorwegianAnalyzer.stem))
        let synonym = QueryPhrases(QueryAnalysis(words: [ip]))
        XCTAssertTrue(synonym.isHeld(in: "tilbyr og utarbeider individuell plan"))
        XCTAssertFalse(synonym.isHeld(in: "individuell kartlegging og plan for ernæring"))
    }

    func testWhatShouldItContainLeadsWithTheChecklist() throws {
        let index = try store()
        for query in ["hva bør planen inneholde", "hva skal planen for oppfølging inneholde", "hvilke punkter skal planen ha"] {
            let results = try index.search(query, explain: true)
            XCTAssertEqual(results.analysis.intent?.kind, .checklist, query)
            XCTAssertTrue(results.analysis.intent?.topic.contains("planen") ?? false, query)
            let first = try XCTUnwrap(results.results.first, query)
            XCTAssertEqual(first.section.kind, .checklist, "«\(query)» → \(first.recommendation?.title ?? "")")
            XCTAssertEqual(first.explanation?.intentFactor, SearchRanking.checklistIntentBonus, query)
            XCTAssertTrue(SearchRenderer.render(results, style: TextStyle(colored: false)).contains("Spørsmålet ber om innhold"), query)
        }
        // The verb that carries the question is no part of its topic.
        XCTAssertEqual(try index.analyze("hvilke punkter skal kartleggingen ha").intent?.topic, ["kartleggingen"])
        // A topic alone, or a cue alone, is no such question.
        XCTAssertNil(try index.analyze("planen for oppfølging").intent)
        XCTAssertNil(try index.analyze("inneholde").intent)
    }

    func testContentQuestionShowsTheChecklistNamingWhatItAsksAbout() throws {
        // The ME recommendation's plan checklist, not the part that also names ME, answers it.
        let results = try store().search("hva bør planen inneholde for pasient med ME")
        let first = try XCTUnwrap(results.results.first)
        XCTAssertEqual(first.section.kind, .checklist, first.section.text)
        XCTAssertTrue(first.section.text.contains("Plan for oppfølging bør inneholde"), first.section.text)
        // "si om" and "stå i" ask for content as "inneholde" does.
        XCTAssertEqual(try store().analyze("hva bør planen si om kommunikasjon").intent?.kind, .checklist)
        XCTAssertEqual(try store().analyze("hva skal stå i rapporten").intent?.kind, .checklist)
    }

    func testWhatARoleDoesLeadsWithItsTasks() throws {
        let index = try store()
        for (query, tasks) in [("hva gjør den kommunale koordinatoren", "tilbyr og utarbeider individuell plan"),
                               ("fastlegens rolle i det kommunale teamet", "fastlege ivaretar følgende oppgaver")] {
            let results = try index.search(query, explain: true)
            XCTAssertEqual(results.analysis.intent?.kind, .role, query)
            let first = try XCTUnwrap(results.results.first, query)
            XCTAssertEqual(first.section.kind, .checklist, query)
            XCTAssertTrue(first.section.text.contains(tasks), "«\(query)» → \(first.section.text)")
            XCTAssertTrue(SearchRenderer.render(results, style: TextStyle(colored: false)).contains("hva en rolle gjør"), query)
        }
        XCTAssertEqual(try index.analyze("virksomhetsleders ansvar").intent?.topic.first, "virksomhetsleders")
        // A compound ending in a task word names the thing asked about, and no role, no such question.
        XCTAssertNil(try index.analyze("fastlegens koordineringsansvar forskrift").intent)
        XCTAssertNil(try index.analyze("ansvar for hjelpemidler").intent)
    }

    func testDegreeAdverbsDoNotBreakALayPhrase() throws {
        let index = try store()
        for query in ["klarer ikke lenger å snakke", "orker nesten ikke å snakke"] {
            XCTAssertTrue(try index.analyze(query).words.contains { $0.isConcept }, query)
        }
    }
}
