import GuideIndexer
@testable import GuideKit
import XCTest

/// `IndexStore.citedLaw()` and `lawCitations(_:)`: act names resolved through the index's copy of
/// the registry, section forms, counts, passages — on the bundled corpus and on a hand-built sample.
final class LawTests: XCTestCase {

    private static let corpusIndexPath = TestCorpus.bundledIndexPath

    private func corpusIndex() throws -> IndexStore {
        try IndexStore(path: try Self.corpusIndexPath.get())
    }

    // MARK: - Names and sections

    func testEveryNameFormResolvesToTheCanonicalAct() throws {
        let index = try corpusIndex()
        let cases: [(typed: String, act: String)] = [
            ("helsepersonelloven", "helsepersonelloven"),
            ("Helsepersonelloven", "helsepersonelloven"),
            ("helsepersonellovens", "helsepersonelloven"),
            ("helsepersonellova", "helsepersonelloven"),
            ("hpl", "helsepersonelloven"),
            ("HPL.", "helsepersonelloven"),
            ("lov om helsepersonell", "helsepersonelloven"),
            ("Lov om  helsepersonell m.v.", "helsepersonelloven"),
            ("pasientrettighetsloven", "pasient- og brukerrettighetsloven"),
            ("pasient- og brukerrettighetsloven", "pasient- og brukerrettighetsloven"),
            ("pasient og brukerrettighetsloven", "pasient- og brukerrettighetsloven"),
            ("lov om pasient- og brukerrettigheter", "pasient- og brukerrettighetsloven"),
            ("pbrl", "pasient- og brukerrettighetsloven"),
            ("sphl", "spesialisthelsetjenesteloven"),
            ("spesialisthelsetjenestelovens", "spesialisthelsetjenesteloven"),
            ("hol", "helse- og omsorgstjenesteloven"),
            ("helse- og omsorgstjenesteloven", "helse- og omsorgstjenesteloven"),
            ("arbeidsmiljoloven", "arbeidsmiljøloven"),
            ("journalforskriftens", "journalforskriften"),
            ("rehabiliteringsforskriften", "forskrift om habilitering, rehabilitering og koordinator"),
        ]
        for c in cases {
            XCTAssertEqual(try index.resolveAct(c.typed).name, c.act, "typed: \(c.typed)")
        }
    }

    func testIndexedNameFormsAgreeWithTheRegistry() throws {
        let db = try Database(path: try Self.corpusIndexPath.get(), mode: .readOnly)
        let acts = Set(try db.rows("SELECT name FROM acts").compactMap { $0.string(0) })
        XCTAssertEqual(acts, Set(ActRegistry.all.map(\.name)), "every registry act is copied")
        let aliases = try db.rows("SELECT alias, act FROM act_names")
        XCTAssertGreaterThan(aliases.count, ActRegistry.all.count * 2)
        for row in aliases {
            let alias = row.string(0) ?? ""
            XCTAssertEqual(ActRegistry.act(named: alias)?.name, row.string(1), "alias: \(alias)")
        }
    }

    func testSectionFormsAreNormalized() throws {
        let cases: [(typed: String, act: String, section: String?, chapter: String?)] = [
            ("helsepersonelloven § 10a", "helsepersonelloven", "§ 10a", nil),
            ("helsepersonelloven 10 a", "helsepersonelloven", "§ 10a", nil),
            ("hpl §10a", "hpl", "§ 10a", nil),
            ("hpl § 10 a", "hpl", "§ 10a", nil),
            ("hpl §§ 10A", "hpl", "§ 10a", nil),
            ("hpl.§10a", "hpl.", "§ 10a", nil),
            ("pasientrettighetsloven § 3.3", "pasientrettighetsloven", "§ 3-3", nil),
            ("pbrl § 3–3", "pbrl", "§ 3-3", nil),
            ("lov om pasient- og brukerrettigheter kapittel 3", "lov om pasient- og brukerrettigheter", nil, "kapittel 3"),
            ("pbrl kap. 3", "pbrl", nil, "kapittel 3"),
            ("lov om helsepersonell", "lov om helsepersonell", nil, nil),
        ]
        for c in cases {
            let query = try LawQuery(parsing: c.typed)
            XCTAssertEqual(query, LawQuery(act: c.act, section: c.section, chapter: c.chapter), "typed: \(c.typed)")
        }
        for bad in ["hpl § abc", "hpl § 10a og 10b", "§ 10a", "10a"] {
            XCTAssertThrowsError(try LawQuery(parsing: bad), "typed: \(bad)")
        }
    }

    func testUnknownActIsRefusedWithTheNearestName() throws {
        let index = try corpusIndex()
        let cases: [(typed: String, suggestion: String?)] = [
            ("helsepersonellov", "helsepersonelloven"),
            ("helsepersonnelloven", "helsepersonelloven"),
            ("hplx", "hpl"),
            ("opplæringslova", nil),
        ]
        for c in cases {
            XCTAssertThrowsError(try index.lawCitations(c.typed + " § 1"), "typed: \(c.typed)") { error in
                XCTAssertEqual(error as? LawQueryError, .unknownAct(c.typed, suggestion: c.suggestion), "typed: \(c.typed)")
                XCTAssertTrue("\(error)".hasPrefix("ukjent lov: «\(c.typed)»"), "\(error)")
            }
        }
    }

    func testKnownActNotCitedGivesAnEmptyAnswer() throws {
        let result = try corpusIndex().lawCitations("fastlegeforskriften")
        XCTAssertEqual(result.act, "fastlegeforskriften")
        XCTAssertEqual(result.count, 0)
        XCTAssertEqual(result.recommendations.count, 0)
        XCTAssertEqual(result.url, "https://lovdata.no/forskrift/2012-08-29-842")
        XCTAssertEqual(try corpusIndex().lawCitations("hpl § 99").count, 0)
    }

    // MARK: - The bundled corpus

    func testSection10aIsFoundInEveryRecommendationCitingIt() throws {
        for typed in ["helsepersonelloven § 10a", "hpl 10 a", "Lov om helsepersonell §10a"] {
            let result = try corpusIndex().lawCitations(typed)
            XCTAssertEqual(result.section, "§ 10a")
            XCTAssertEqual(result.url, "https://lovdata.no/lov/1999-07-02-64/§10a")
            XCTAssertEqual(Set(result.recommendations.map(\.recommendation.id)), [
                "als-samhandling-og-oppfolging/2.1", "als-samhandling-og-oppfolging/2.3",
                "me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon/1.1",
            ], "typed: \(typed)")
            XCTAssertEqual(result.count, 3)
            let titles = result.recommendations.map { $0.recommendation.title.lowercased() }
            XCTAssertTrue(titles.contains { $0.contains("gjennomføring av diagnosesamtalen") }, "A5: \(titles)")
            XCTAssertTrue(titles.contains { $0.contains("pårørende barn i alderen 0-18") }, "A7: \(titles)")
            for r in result.recommendations {
                XCTAssertTrue(r.guideline.isHearingDraft, r.recommendation.id)
                XCTAssertEqual(r.citations.map(\.citation), ["helsepersonelloven § 10a"], r.recommendation.id)
                XCTAssertFalse(r.passages.isEmpty, "no passage for \(r.recommendation.id)")
                for passage in r.passages {
                    XCTAssertTrue(passage.snippet.text.contains("§ 10a"), passage.snippet.text)
                    XCTAssertTrue(passage.snippet.runs.contains { $0.highlighted && $0.text.hasSuffix("§ 10a") }, "\(passage.snippet)")
                    XCTAssertLessThanOrEqual(passage.snippet.text.count, 302)
                }
            }
        }
    }

    func testOverviewCountsCitingRecommendationsSortedByCountThenName() throws {
        let overview = try corpusIndex().citedLaw()
        let keys = overview.acts.map { (-$0.count, $0.act) }
        XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "order: \(keys)")
        let hpl = try XCTUnwrap(overview.acts.first)
        XCTAssertEqual(hpl.act, "helsepersonelloven")
        XCTAssertEqual(hpl.count, 4)
        XCTAssertEqual(hpl.url, "https://lovdata.no/lov/1999-07-02-64")
        XCTAssertEqual(hpl.provisions.map(\.citation), ["helsepersonelloven § 10a", "helsepersonelloven § 4",
                                                        "helsepersonelloven § 10b", "helsepersonelloven § 45a"])
        XCTAssertEqual(hpl.provisions.map(\.count), [3, 1, 1, 1])
        let pbrl = try XCTUnwrap(overview.acts.first { $0.act == "pasient- og brukerrettighetsloven" })
        XCTAssertEqual(pbrl.provisions.map(\.citation).last, "pasient- og brukerrettighetsloven kapittel 3")
        XCTAssertEqual(pbrl.provisions.last?.url, "https://lovdata.no/dokument/NL/lov/1999-07-02-63/KAPITTEL_3")
        for act in overview.acts {
            XCTAssertNotNil(act.url, act.act)
            XCTAssertGreaterThanOrEqual(act.count, act.provisions.map(\.count).max() ?? 0, act.act)
            for p in act.provisions { XCTAssertNotNil(p.url, p.citation) }
        }
    }

    func testActWithoutSectionListsAllItsCitationsAndTheirSentences() throws {
        let result = try corpusIndex().lawCitations("pbrl")
        XCTAssertNil(result.section)
        XCTAssertEqual(result.count, 2)
        XCTAssertEqual(result.provisions.map(\.citation).count, 4)
        let r13 = try XCTUnwrap(result.recommendations.first { $0.recommendation.id == "als-samhandling-og-oppfolging/1.3" })
        XCTAssertEqual(Set(r13.citations.compactMap { $0.section ?? $0.part }), ["kapittel 3", "§ 3-3", "§ 4-6"])
        let texts = r13.passages.map(\.snippet.text)
        XCTAssertTrue(texts.contains { $0.contains("§ 3.3") }, "\(texts)")
        XCTAssertTrue(texts.contains { $0.hasPrefix("Lovens § 4-6") }, "\(texts)")
        XCTAssertTrue(r13.passages.allSatisfy { $0.kind == .rationale })

        let chapter = try corpusIndex().lawCitations("pbrl kapittel 3")
        XCTAssertEqual(chapter.part, "kapittel 3")
        XCTAssertEqual(Set(chapter.provisions.map(\.citation)),
                       ["pasient- og brukerrettighetsloven kapittel 3", "pasient- og brukerrettighetsloven § 3-3"])
    }

    func testAddressIsThatOfWhatWasAskedFor() throws {
        let index = try corpusIndex()
        let cases: [(typed: String, url: String)] = [
            ("journalforskriften § 6", "https://lovdata.no/forskrift/2019-03-01-168/§6"),  // cited as "§ 6 bokstav g"
            ("pbrl kapittel 3", "https://lovdata.no/dokument/NL/lov/1999-07-02-63/KAPITTEL_3"),
            ("sphl", "https://lovdata.no/lov/1999-07-02-61"),
        ]
        for c in cases {
            XCTAssertEqual(try index.lawCitations(c.typed).url, c.url, "typed: \(c.typed)")
        }
    }

    func testRendererColoursOnlyWhenAsked() throws {
        let result = try corpusIndex().lawCitations("hpl § 10a")
        XCTAssertFalse(LawRenderer.render(result, style: .plain).contains("\u{1B}["))
        XCTAssertTrue(LawRenderer.render(result, style: TextStyle(colored: true)).contains("\u{1B}[1;31mHØRINGSUTKAST"))
        XCTAssertFalse(LawRenderer.render(try corpusIndex().citedLaw(), style: .plain).contains("\u{1B}["))
    }

    func testReferenceFromALinkShowsTheSentenceNamingTheAct() throws {
        // "§ 45a" comes from a commentary link; the text names the act without the section.
        let result = try corpusIndex().lawCitations("hpl § 45a")
        let passage = try XCTUnwrap(result.recommendations.first?.passages.first)
        XCTAssertTrue(passage.snippet.text.contains("rundskriv til helsepersonelloven"), passage.snippet.text)
    }

    // MARK: - A hand-built guideline

    func testSampleGuidelineCitationAndPassage() throws {
        let index = try IndexStore(path: try SampleGuideline.buildIndex())
        let overview = try index.citedLaw()
        XCTAssertEqual(overview.acts.map(\.act), ["helsepersonelloven"])
        XCTAssertEqual(overview.acts.first?.provisions.map(\.count), [1])
        let result = try index.lawCitations("helsepersonellovens § 10 a")
        let r = try XCTUnwrap(result.recommendations.first)
        XCTAssertEqual(r.recommendation.id, "demo/1.1")
        XCTAssertEqual(r.chapter.number, 1)
        let passage = try XCTUnwrap(r.passages.first)
        XCTAssertEqual(passage.kind, .rationale)
        XCTAssertEqual(passage.title, "Begrunnelse – dette er rådet basert på")
        XCTAssertEqual(passage.snippet.text, "Barn som pårørende har egne rettigheter, jf. helsepersonelloven § 10a.")
        XCTAssertEqual(passage.snippet.runs.filter(\.highlighted).map(\.text), ["helsepersonelloven § 10a"])
        XCTAssertEqual(passage.lines, [19, 20])
    }

    func testSentencesWithListsBackReferencesAndAbbreviations() throws {
        var guideline = SampleGuideline.make()
        let path = "Corpus/demo.md"
        let span = SourceSpan(path: path, firstLine: 40, lastLine: 41)
        let text = "Helsepersonell har plikt etter hpl. §§ 10a og 10b til å ivareta barn. "
            + "Lovens § 4 krever forsvarlighet, og pasientrettighetsloven § 3-3 gjelder også."
        let article = Article(
            id: "demo/1.3", kind: .recommendation, title: "Barn som pårørende skal ivaretas",
            sections: [Section(kind: .recommendation, blocks: [.paragraph(Paragraph(text: text, source: span))], source: span)],
            legalReferences: [
                LegalReference(act: "helsepersonelloven", section: "§ 10a", source: span),
                LegalReference(act: "helsepersonelloven", section: "§ 10b", source: span),
                LegalReference(act: "helsepersonelloven", section: "§ 4", source: span),
            ],
            source: span)
        guideline.chapters[0].articles.append(article)
        let index = try IndexStore(path: try SampleGuideline.buildIndex([guideline]))

        let tenB = try index.lawCitations("hpl § 10b")
        XCTAssertEqual(tenB.recommendations.map(\.recommendation.id), ["demo/1.3"])
        let passage = try XCTUnwrap(tenB.recommendations.first?.passages.first)
        XCTAssertEqual(passage.snippet.text, "Helsepersonell har plikt etter hpl. §§ 10a og 10b til å ivareta barn.")
        XCTAssertEqual(passage.snippet.runs.filter(\.highlighted).map(\.text), ["hpl", "10b"])

        let whole = try index.lawCitations("helsepersonelloven")
        let r = try XCTUnwrap(whole.recommendations.first { $0.recommendation.id == "demo/1.3" })
        XCTAssertEqual(r.passages.count, 2, "one passage per sentence: \(r.passages.map(\.snippet.text))")
        XCTAssertEqual(r.passages.first?.citations, ["helsepersonelloven § 10a", "helsepersonelloven § 10b"])
        XCTAssertEqual(r.passages.last?.snippet.text.hasPrefix("Lovens § 4"), true)
    }

    func testLongSentenceIsCutAroundTheCitation() throws {
        var guideline = SampleGuideline.make()
        let span = SourceSpan(path: "Corpus/demo.md", firstLine: 50, lastLine: 50)
        let filler = Array(repeating: "pasienten trenger oppfølging over tid i hjemmet", count: 8).joined(separator: " og ")
        let text = "Når \(filler), gjelder helsepersonelloven § 10a for barna, og \(filler)."
        guideline.chapters[0].articles.append(Article(
            id: "demo/1.4", kind: .recommendation, title: "Lang setning",
            sections: [Section(kind: .practical, blocks: [.paragraph(Paragraph(text: text, source: span))], source: span)],
            legalReferences: [LegalReference(act: "helsepersonelloven", section: "§ 10a", source: span)], source: span))
        let result = try IndexStore(path: try SampleGuideline.buildIndex([guideline])).lawCitations("hpl § 10a")
        let passage = try XCTUnwrap(result.recommendations.first { $0.recommendation.id == "demo/1.4" }?.passages.first)
        XCTAssertTrue(passage.snippet.text.hasPrefix("…") && passage.snippet.text.hasSuffix("…"), passage.snippet.text)
        XCTAssertLessThanOrEqual(passage.snippet.text.count, 302)
        XCTAssertEqual(passage.snippet.runs.filter(\.highlighted).map(\.text), ["helsepersonelloven § 10a"])
    }

    func testJSONHasStableKeysAndNulls() throws {
        let json = try JSONRenderer.render(try corpusIndex().lawCitations("hpl"))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["act", "count", "kind", "part", "provisions", "query", "recommendations", "section", "url"])
        XCTAssertTrue(object["section"] is NSNull)
        XCTAssertEqual(json, try JSONRenderer.render(try corpusIndex().lawCitations("hpl")), "stable output")
    }
}
