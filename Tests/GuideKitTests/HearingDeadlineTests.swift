import Foundation
@testable import GuideKit
import XCTest

/// A hearing draft's deadline read as a day, and the notice before and after it: a draft whose
/// hearing closed must not read as if the hearing were open.
final class HearingDeadlineTests: XCTestCase {
    private typealias Day = HearingDeadline.Day

    func testDeadlinesAreReadAsWrittenAndNotGuessed() {
        let cases: [(String, Day?)] = [
            ("30. juni 2023", Day(year: 2023, month: 6, day: 30)),
            ("1. Oktober 2026", Day(year: 2026, month: 10, day: 1)),
            ("Høringsfrist 15. mars 2024.", Day(year: 2024, month: 3, day: 15)),
            ("30.06.2023", Day(year: 2023, month: 6, day: 30)),
            ("2023-06-30", Day(year: 2023, month: 6, day: 30)),
            ("1. oktober", nil),
            ("snarest", nil),
            ("31.13.2023", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(HearingDeadline.day(text), expected, text)
        }
    }

    func testTheDeadlinePassesTheDayAfter() {
        func passed(_ today: Day, _ deadline: String?, _ status: GuidelineStatus.Stage = .hearingDraft) -> Bool? {
            HearingDeadline.hasPassed(status: status, deadline: deadline, today: today)
        }
        XCTAssertEqual(passed(Day(year: 2023, month: 6, day: 29), "30. juni 2023"), false)
        XCTAssertEqual(passed(Day(year: 2023, month: 6, day: 30), "30. juni 2023"), false)
        XCTAssertEqual(passed(Day(year: 2023, month: 7, day: 1), "30. juni 2023"), true)
        XCTAssertEqual(passed(Day(year: 2026, month: 12, day: 7), "30. juni 2023"), true)
        XCTAssertNil(passed(Day(year: 2026, month: 12, day: 7), "1. oktober"), "no year: not known")
        XCTAssertNil(passed(Day(year: 2026, month: 12, day: 7), nil))
        XCTAssertNil(passed(Day(year: 2026, month: 12, day: 7), "30. juni 2023", .published), "advice in force has no hearing")
    }

    func testTheNoticeSaysWhenTheHearingClosed() {
        let url = "https://www.helsedirektoratet.no/faglige-rad/als-horingsutkast"
        XCTAssertEqual(HearingDraftNotice.text(status: .hearingDraft, deadline: "30. juni 2023", closed: false, url: url),
                       "HØRINGSUTKAST (høringsfrist 30. juni 2023)")
        XCTAssertEqual(HearingDraftNotice.text(status: .hearingDraft, deadline: "30. juni 2023", closed: true, url: url),
                       "HØRINGSUTKAST – høringsfristen gikk ut 30. juni 2023; en endelig versjon kan finnes (se helsedirektoratet.no)")
        XCTAssertEqual(HearingDraftNotice.text(status: .hearingDraft, deadline: "30. juni 2023", closed: true, url: nil),
                       "HØRINGSUTKAST – høringsfristen gikk ut 30. juni 2023; en endelig versjon kan finnes (se utgiverens nettsider)")
        XCTAssertEqual(HearingDraftNotice.text(status: .hearingDraft, deadline: "1. oktober", closed: nil), "HØRINGSUTKAST (høringsfrist 1. oktober)")
        XCTAssertEqual(HearingDraftNotice.text(status: .hearingDraft, deadline: nil), "HØRINGSUTKAST")
        XCTAssertNil(HearingDraftNotice.text(status: .published, deadline: nil))
    }

    func testTodayIsTheSetDayElseTheVariableElseTheClock() {
        let set = Day(year: 2024, month: 2, day: 29)
        XCTAssertEqual(HearingDeadline.$fixedToday.withValue(set) { HearingDeadline.today(environment: [:]) }, set)
        XCTAssertEqual(HearingDeadline.today(environment: ["GUIDE_TODAY": "2023-07-01"]), Day(year: 2023, month: 7, day: 1))
        // 2026-12-07 23:30 UTC is already 8 December in Norway.
        let lateEvening = Date(timeIntervalSince1970: 1_796_686_200)
        XCTAssertEqual(HearingDeadline.today(environment: [:], now: lateEvening), Day(year: 2026, month: 12, day: 8))
    }

    func testAnExpectedCompletionIsReadAsTheLastDayItCanMean() {
        XCTAssertEqual(HearingDeadline.lastDay("04. januar 2022"), Day(year: 2022, month: 1, day: 4))
        XCTAssertEqual(HearingDeadline.lastDay("februar 2024"), Day(year: 2024, month: 2, day: 29))
        XCTAssertEqual(HearingDeadline.lastDay("våren 2024"), Day(year: 2024, month: 6, day: 30))
        XCTAssertEqual(HearingDeadline.lastDay("høsten 2022"), Day(year: 2022, month: 12, day: 31))
        XCTAssertEqual(HearingDeadline.lastDay("2025"), Day(year: 2025, month: 12, day: 31))
        XCTAssertNil(HearingDeadline.lastDay("til våren"))
    }

    func testAHearingClosesByItsDeadlineItsStatementOrItsPastExpectedCompletion() {
        let today = Day(year: 2026, month: 12, day: 7)
        XCTAssertEqual(HearingDeadline.hasClosed(.hearingDraft(deadline: "1. mars 2027"), today: today), false)
        XCTAssertEqual(HearingDeadline.hasClosed(.hearingDraft(deadlinePassedStated: true), today: today), true)
        XCTAssertEqual(HearingDeadline.hasClosed(.hearingDraft(deadline: "1. oktober", expectedCompletion: "våren 2026"), today: today), true)
        XCTAssertNil(HearingDeadline.hasClosed(.hearingDraft(deadline: "1. oktober", expectedCompletion: "våren 2027"), today: today))
        XCTAssertNil(HearingDeadline.hasClosed(.published, today: today))
    }

    func testTheNoticeSaysWhatTheStatusStates() {
        XCTAssertEqual(HearingDraftNotice.text(status: .hearingDraft, deadline: nil, closed: nil, expected: "våren 2027"),
                       "HØRINGSUTKAST (endelig versjon ventet våren 2027)")
        XCTAssertEqual(HearingDraftNotice.text(status: .hearingDraft, deadline: "30. juni 2023", closed: true,
                                               url: "https://www.helsedirektoratet.no/x", expected: "januar 2024"),
                       "HØRINGSUTKAST – høringsfristen gikk ut 30. juni 2023; endelig versjon ventet januar 2024 (se helsedirektoratet.no)")
        XCTAssertEqual(HearingDraftNotice.text(status: .hearingDraft, deadline: nil, closed: true),
                       "HØRINGSUTKAST – høringsfristen er utløpt; en endelig versjon kan finnes (se utgiverens nettsider)")
    }
}
