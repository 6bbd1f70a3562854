import GuideIndexer
@testable import GuideKit
import XCTest

/// A handout on a topic takes the parts of each recommendation that answer it (with the statement
/// for context and the recommendation's title and source), not whole off-topic recommendations;
/// `whole` and ids named give whole recommendations. On an index of the bundled corpus.
final class HandoutTopicTests: XCTestCase {
    private func handout(_ arguments: [String], whole: Bool = false) throws -> Handout {
        try IndexStore(path: try TestCorpus.bundledIndexPath.get()).handout(for: HandoutSelection(arguments: arguments, whole: whole))
    }

    private func text(_ r: HandoutRecommendation) -> String {
        r.parts.flatMap(\.blocks).map { ([$0.text] + $0.items.map(\.text)).joined(separator: "\n") }.joined(separator: "\n")
    }

    func testATopicTakesTheAnsweringPartsNotTheOffTopicOnes() throws {
        let h = try handout(["barn", "som", "pårørende"])
        let ids = h.recommendations.map(\.id)
        XCTAssertTrue(ids.contains("me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon/1.1"), "\(ids)")
        let mecfs = try XCTUnwrap(h.recommendations.first { $0.id.hasPrefix("me-cfs") })
        XCTAssertFalse(mecfs.whole)
        let kept = text(mecfs)
        XCTAssertTrue(kept.contains("Helsepersonell må sørge for at barn som pårørende blir ivaretatt"), kept)
        XCTAssertTrue(kept.contains("bør virksomhetsleder sørge for at det utarbeides en plan for oppfølging"), "the statement, for context")
        for offTopic in ["Tilrettelegging", "Kollegastøtte/veiledning"] {
            XCTAssertFalse(mecfs.parts.contains { $0.title == offTopic }, "\(offTopic) does not answer «barn som pårørende»")
        }
        XCTAssertFalse(kept.contains("Veiled pasienten i å regulere hvile"), "a paragraph on something else in the answering part")
        XCTAssertFalse(kept.contains("Hva er kortsiktige og langsiktige mål?"), "the statement's plan checklist is not about the topic")
        XCTAssertEqual(mecfs.title, "Virksomhetsleder bør sørge for en forutsigbar og koordinert oppfølging av pasienter med behov for helsehjelp i hjemmet eller på institusjon")
        XCTAssertNotNil(mecfs.source.url)
        let children = try XCTUnwrap(h.recommendations.first { $0.id == "als-samhandling-og-oppfolging/2.3" })
        XCTAssertTrue(children.whole, "its title («Pårørende barn …») holds the whole topic")
        let markdown = HandoutMarkdownRenderer.render(h)
        XCTAssertTrue(markdown.contains("Utdrag: anbefalingen og de delene som svarer på emnet. Hele rådet: guide show me-cfs"), markdown)
    }

    func testWholeAndNamedIdsGiveWholeRecommendations() throws {
        let cut = try handout(["barn", "som", "pårørende"])
        let whole = try handout(["barn", "som", "pårørende"], whole: true)
        XCTAssertEqual(whole.recommendations.map(\.id), cut.recommendations.map(\.id), "the same recommendations")
        XCTAssertTrue(whole.recommendations.allSatisfy(\.whole))
        let mecfs = try XCTUnwrap(whole.recommendations.first { $0.id.hasPrefix("me-cfs") })
        XCTAssertTrue(mecfs.parts.contains { $0.title == "Tilrettelegging" }, "\(mecfs.parts.map(\.title))")
        XCTAssertTrue(text(mecfs).contains("Veiled pasienten i å regulere hvile"))
        XCTAssertGreaterThan(whole.recommendations.map { text($0).count }.reduce(0, +), cut.recommendations.map { text($0).count }.reduce(0, +))
        let named = try handout(["me-cfs/1.1", "barn", "som", "pårørende"])
        XCTAssertTrue(try XCTUnwrap(named.recommendations.first { $0.id.hasPrefix("me-cfs") }).whole, "named by id: whole")
        XCTAssertFalse(HandoutMarkdownRenderer.render(whole).contains("Utdrag:"))
    }
}
