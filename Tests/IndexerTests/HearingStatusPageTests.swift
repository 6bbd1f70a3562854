import Foundation
import GuideKit
@testable import GuideIndexer
import TestFixtures
import XCTest

/// What a hearing page says about where its hearing stands, read into the guideline's status: the
/// expected completion ("Forventet ferdigbehandlet: …", a day or a period), a deadline stated as
/// passed without a date, a status line saying the hearing is over; and the notice a reader of the
/// draft then sees, so a closed hearing never reads as open.
final class HearingStatusPageTests: XCTestCase {
    private func read(_ document: SourceDocument, file: StaticString = #filePath, line: UInt = #line) throws -> Guideline {
        var diagnostics: [Diagnostic] = []
        return try XCTUnwrap(StructurePipeline.guideline(from: document, diagnostics: &diagnostics), "\(diagnostics)", file: file, line: line)
    }

    private func notice(_ g: Guideline, today: HearingDeadline.Day) -> String? {
        HearingDraftNotice.text(status: g.status.stage, deadline: g.status.hearingDeadline,
                                closed: HearingDeadline.hasClosed(g.status, today: today), url: g.url,
                                expected: g.status.expectedCompletion)
    }

    private static let today = HearingDeadline.Day(year: 2026, month: 12, day: 7)

    func testAnOpenHearingShowsItsDeadlineAndTheExpectedFinalVersion() throws {
        let g = try read(try IndexerTestSupport.fixture("web-horing-status-utskrift.txt"))
        XCTAssertEqual(g.status, .hearingDraft(deadline: "1. februar 2027", expectedCompletion: "15. mars 2027"))
        XCTAssertEqual(notice(g, today: Self.today), "HØRINGSUTKAST (høringsfrist 1. februar 2027; endelig versjon ventet 15. mars 2027)")
    }

    func testADeadlineStatedAsPassedWithoutADateClosesTheHearing() throws {
        let g = try read(try IndexerTestSupport.fixture("web-horing-frist-utlopt.txt"))
        XCTAssertEqual(g.status, .hearingDraft(deadline: nil, expectedCompletion: "høsten 2022", deadlinePassedStated: true))
        // Whatever the day: the page itself says the deadline passed.
        XCTAssertEqual(notice(g, today: HearingDeadline.Day(year: 2022, month: 1, day: 1)),
                       "HØRINGSUTKAST – høringsfristen er utløpt; endelig versjon ventet høsten 2022 (se helsedirektoratet.no)")
        let all = IndexerTestSupport.indexedTexts(g).joined(separator: "\n")
        XCTAssertFalse(all.contains("utløpt"), "the statement feeds the status, not a passage:\n\(all)")
        XCTAssertTrue(all.contains("kognitive plager"), all)
    }

    func testAStatusLineSayingTheHearingIsOverClosesIt() throws {
        let g = try read(try IndexerTestSupport.fixture("web-horing-avsluttet.txt"))
        XCTAssertEqual(g.status, .hearingDraft(deadline: nil, deadlinePassedStated: true))
        XCTAssertEqual(notice(g, today: Self.today),
                       "HØRINGSUTKAST – høringsfristen er utløpt; en endelig versjon kan finnes (se helsedirektoratet.no)")
        XCTAssertFalse(IndexerTestSupport.indexedTexts(g).joined().contains("avsluttet"))
    }

    /// The real hearing pages: a deadline without a year and an expected completion now past (the
    /// hearing closed by then), and a deadline stated as passed.
    func testRealHearingPagesReadAsClosed() throws {
        func page(_ prefix: String) throws -> Guideline {
            let folder = TestFixtures.distractorPages
            let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return try read(SourceDocument(path: "Pages/\(name)", text: text))
        }
        let kols = try page("22-"), sepsis = try page("23-")
        XCTAssertEqual(kols.status, .hearingDraft(deadline: "1. oktober", expectedCompletion: "04. januar 2022"))
        XCTAssertEqual(notice(kols, today: Self.today), "HØRINGSUTKAST – høringsfristen (1. oktober) er utløpt; "
                       + "endelig versjon ventet 04. januar 2022 (se helsedirektoratet.no)")
        XCTAssertEqual(notice(kols, today: HearingDeadline.Day(year: 2021, month: 9, day: 1)),
                       "HØRINGSUTKAST (høringsfrist 1. oktober; endelig versjon ventet 04. januar 2022)",
                       "before the expected completion, a deadline without a year cannot be judged")
        XCTAssertEqual(sepsis.status, .hearingDraft(deadline: nil, expectedCompletion: "01. juli 2022", deadlinePassedStated: true))
    }

    func testOnlyATimeIsTakenAsTheExpectedCompletion() {
        XCTAssertEqual(HearingStatement.expectedCompletion(in: "Forventet ferdigbehandlet: våren 2024."), "våren 2024")
        XCTAssertEqual(HearingStatement.expectedCompletion(in: "Forventet ferdigbehandlet: 04. januar 2022"), "04. januar 2022")
        XCTAssertNil(HearingStatement.expectedCompletion(in: "Forventet ferdigbehandlet"))
        XCTAssertNil(HearingStatement.expectedCompletion(in: "Retningslinjen er forventet ferdig når arbeidsgruppen har gått gjennom alle innspillene"))
        XCTAssertTrue(HearingStatement.statesDeadlinePassed("Høringsfristen var nå utløpt, og 12 innspill kom inn."))
        XCTAssertFalse(HearingStatement.statesDeadlinePassed("Høringsfrist: 1. oktober."))
        XCTAssertFalse(HearingStatement.statesDeadlinePassed("Behandlingen er avsluttet når pasienten er stabil."))
    }
}
