import Foundation
@testable import GuideKit
import XCTest

/// `IndexStore.handout(for:)` and its Markdown and HTML renderings on fixtures with hostile text:
/// selection by id and query, corpus order, reference numbering, escaping, links, draft notices.
final class HandoutTests: XCTestCase {
    /// One fixture index for the whole class (a path: the index itself is not `Sendable`).
    private static let indexPath = Result { try HandoutFixture.indexPath() }

    /// Made on 1 March 2026, while the søvn draft's hearing (deadline 1 June 2026) is open.
    private func handout(_ arguments: [String], rationale: Bool = false, limit: Int = 10,
                         today: HearingDeadline.Day = HearingDeadline.Day(year: 2026, month: 3, day: 1)) throws -> Handout {
        try HearingDeadline.$fixedToday.withValue(today) {
            try IndexStore(path: Self.indexPath.get()).handout(for: HandoutSelection(arguments: arguments, limit: limit,
                                                                                     includeRationale: rationale, created: "1. mars 2026"))
        }
    }

    // MARK: - Selection

    func testIdsAndQueryWordsMixInCorpusOrderWithoutDuplicates() throws {
        let h = try handout(["sovn/1.2", "ernæringsstatus", "sovn/1.2"])
        XCTAssertEqual(h.requestedIDs, ["sovn/1.2", "sovn/1.2"])
        XCTAssertEqual(h.recommendations.map(\.id), ["ernaering/1.1", "sovn/1.2"],
                       "guideline order (files sorted by name), each recommendation once")
        XCTAssertFalse(h.title.lowercased().contains("ernæringsstatus"),
                       "the query never becomes the title: a handout is written to disk")
        XCTAssertEqual(h.title, "Utvalgte råd fra 2 retningslinjer og veiledere")
    }

    func testAShortenedIdIsAnIdAndAnUnknownIdIsAnError() throws {
        XCTAssertEqual(try handout(["sov/1.1"]).recommendations.map(\.id), ["sovn/1.1"])
        XCTAssertThrowsError(try handout(["sovn/9.9"])) { error in
            guard case IndexError.unknownArticle = error else { return XCTFail("\(error)") }
        }
    }

    func testAQueryWithoutHitsSelectsNothing() throws {
        XCTAssertThrowsError(try handout(["kvantefysikk"])) { error in
            guard case HandoutError.nothingSelected(let query) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(query, "kvantefysikk")
        }
    }

    func testTheQueryTakesEveryClearlyRelevantHitUpToTheLimit() throws {
        let both = try handout(["søvndagbok"])
        XCTAssertEqual(Set(both.recommendations.map(\.id)), ["ernaering/1.1", "sovn/1.2"])
        XCTAssertEqual(try handout(["søvndagbok"], limit: 1).recommendations.count, 1)
    }

    func testReferencesAreNumberedByFirstUseAndEveryRecommendationPointsToItsGuideline() throws {
        let h = try handout(["sovn/1.1", "ernaering/1.1", "sovn/1.2"])
        XCTAssertEqual(h.references.map(\.number), [1, 2])
        XCTAssertEqual(h.references.map(\.guideline.id), ["ernaering", "sovn"])
        XCTAssertEqual(h.recommendations.map { "\($0.id)→\($0.reference)" },
                       ["ernaering/1.1→1", "sovn/1.1→2", "sovn/1.2→2"])
    }

    // MARK: - Content

    func testPartsKeepChecklistNestingAndLeaveOutTheRationaleUnlessAsked() throws {
        let r = try XCTUnwrap(try handout(["sovn/1.1"]).recommendations.first)
        XCTAssertEqual(r.parts.map(\.kind), [.recommendation, .practical])
        let checklist = try XCTUnwrap(r.parts[1].blocks.first(where: \.isChecklist))
        XCTAssertEqual(checklist.text, "Samtalen bør omfatte:")
        XCTAssertEqual(checklist.items.map(\.text), ["Leggetid og **oppvåkning**", "Skjermbruk før leggetid", "Koffein & energidrikk"])
        XCTAssertEqual(checklist.items[1].items.map(\.text), ["mobil og nettbrett", "spill [se lenke] og `kode`"])
        XCTAssertEqual(r.legalReferences.map(\.citation), ["helsepersonelloven § 10a"])
        XCTAssertEqual(r.hearingDraft, "HØRINGSUTKAST (høringsfrist 1. juni 2026)")
        let withRationale = try XCTUnwrap(try handout(["sovn/1.1"], rationale: true).recommendations.first)
        XCTAssertEqual(withRationale.parts.map(\.kind), [.recommendation, .practical, .rationale])
    }

    // MARK: - HTML

    func testHTMLEscapesEveryCorpusTextAndIsSelfContained() throws {
        let html = HandoutHTMLRenderer.render(try handout(["sovn/1.1", "ernaering/1.1"]))
        for raw in ["<script", "<b>", "alert(\"x\")", "& foreldrene", "\"hvile\"", "'apostrof'", "href=\"javascript"] {
            XCTAssertFalse(html.contains(raw), "raw corpus text in HTML: \(raw)")
        }
        for escaped in ["&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", "Søvn &lt;b&gt;&amp;&lt;/b&gt; &quot;hvile&quot;",
                        "barnet &amp; foreldrene", "&#39;apostrof&#39;", "Koffein &amp; energidrikk"] {
            XCTAssertTrue(html.contains(escaped), "missing escaped text: \(escaped)")
        }
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(html.contains("@media print"))
        for external in ["<script", "<link", "src=", "@import", "url("] {
            XCTAssertFalse(html.contains(external), "loads or runs something: \(external)")
        }
        XCTAssertTrue(html.contains("<a href=\"https://www.helsedirektoratet.no/retningslinjer/sovn-horingsutkast?a=1&amp;b=2\">"),
                      "an http(s) address is a link with its attribute escaped")
        XCTAssertTrue(html.contains("<a href=\"https://lovdata.no/lov/1999-07-02-64/§10a\">"))
    }

    func testHTMLNestsChecklistsAndFlagsDraftsOnly() throws {
        let html = HandoutHTMLRenderer.render(try handout(["sovn/1.1", "ernaering/1.1"]))
        XCTAssertTrue(html.contains("<li>Skjermbruk før leggetid\n<ul class=\"checklist\">\n<li>mobil og nettbrett</li>"), html)
        let articles = html.components(separatedBy: "<article ").dropFirst()
        XCTAssertEqual(articles.map { $0.contains("HØRINGSUTKAST") }, [false, true], "ernæring is in force, søvn is a draft")
        XCTAssertEqual(html.components(separatedBy: "<li id=\"ref-").count - 1, 2)
    }

    // MARK: - Markdown

    func testMarkdownEscapesWhatWouldBecomeMarkup() throws {
        let markdown = HandoutMarkdownRenderer.render(try handout(["sovn/1.1"]))
        for escaped in ["\\<script\\>", "Leggetid og \\*\\*oppvåkning\\*\\*", "spill \\[se lenke\\] og \\`kode\\`",
                        "\n\\# Ikke en overskrift", "\\_understrek\\_", "Søvn \\<b\\>&\\</b\\>"] {
            XCTAssertTrue(markdown.contains(escaped), "missing escaped text: \(escaped)")
        }
        XCTAssertTrue(markdown.contains("  - mobil og nettbrett"), "nested items are indented")
        XCTAssertTrue(markdown.contains("- [helsepersonelloven § 10a](https://lovdata.no/lov/1999-07-02-64/§10a)"))
        XCTAssertTrue(markdown.contains("> **HØRINGSUTKAST (høringsfrist 1. juni 2026)**"))
    }

    func testAHandoutMadeAfterTheDeadlineSaysTheHearingClosed() throws {
        let after = HearingDeadline.Day(year: 2026, month: 6, day: 2)
        let h = try handout(["sovn/1.1", "ernaering/1.1"], today: after)
        let closed = "HØRINGSUTKAST – høringsfristen gikk ut 1. juni 2026; en endelig versjon kan finnes (se helsedirektoratet.no)"
        XCTAssertEqual(h.recommendations.map(\.hearingDraft), [nil, closed])
        XCTAssertEqual(h.recommendations.map(\.guideline.hearingClosed), [nil, true])
        let markdown = HandoutMarkdownRenderer.render(h)
        XCTAssertTrue(markdown.contains("> **\(closed)**"), markdown)
        XCTAssertFalse(markdown.contains("(høringsfrist"), "no longer worded as an open hearing")
        let html = HandoutHTMLRenderer.render(h)
        XCTAssertTrue(html.contains("<strong>\(closed)</strong>"), html)
        XCTAssertTrue(html.contains("er et utkast som var på høring"), html)
        let json = try JSONRenderer.render(h)
        XCTAssertTrue(json.contains("\"hearingClosed\" : true"), json)
        let onTheDay = try handout(["sovn/1.1"], today: HearingDeadline.Day(year: 2026, month: 6, day: 1))
        XCTAssertEqual(onTheDay.recommendations.first?.hearingDraft, "HØRINGSUTKAST (høringsfrist 1. juni 2026)",
                       "the deadline day itself is still open")
        XCTAssertEqual(onTheDay.recommendations.first?.guideline.hearingClosed, false)
    }

    func testMarkdownEscapingOfLineStarts() {
        let cases: [(String, String)] = [
            ("# tittel", "\\# tittel"), ("- punkt", "\\- punkt"), ("+ punkt", "\\+ punkt"), ("12. mai", "12\\. mai"),
            ("3) tre", "3\\) tre"), ("> sitat", "\\> sitat"), ("a_b*c", "a\\_b\\*c"), ("vanlig tekst 0-18 år", "vanlig tekst 0-18 år"),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(MarkdownText.escaped(text), expected, "text: \(text)")
        }
    }

    func testNonWebAddressesNeverBecomeLinks() {
        XCTAssertEqual(HTMLText.link("javascript:alert(1)"), "javascript:alert(1)")
        XCTAssertEqual(MarkdownText.link("javascript:alert(1)"), "javascript:alert(1)")
        XCTAssertEqual(MarkdownText.link("file:///etc/passwd", text: "x"), "x – file:///etc/passwd")
    }
}
