import Foundation
@testable import GuideSync
import XCTest

/// What the sync reads of the API's JSON: ids, children in order and once, lists and the change feed.
final class ContentAPIJSONTests: XCTestCase {
    /// The shape of the saved rundskriv (with its byte-order mark): children linked under two structures.
    private let rundskriv = Data([0xEF, 0xBB, 0xBF]) + Data("""
    {"id":"0006-0011-432ddeaa","tittel":"Rundskriv til folketrygdloven § 5-13","links":[
     {"rel":"forelder","type":"rundskriv","href":"https://api.helsedirektoratet.no/innhold/rundskriv/0006-0011-9f53cede"},
     {"rel":"barn","type":"kapittel","tittel":"Innledning","href":"https://api.helsedirektoratet.no/innhold/kapitler/0006-0041-59809a54"},
     {"rel":"barn","type":"kapittel","tittel":"Søknad","href":"https://api.helsedirektoratet.no/innhold/kapitler/0006-0041-32b5974c"},
     {"rel":"barn","type":"kapittel","tittel":"Innledning","href":"https://api.helsedirektoratet.no/innhold/kapitler/0006-0041-59809a54"},
     {"rel":"root","type":"rundskriv","href":"https://api.helsedirektoratet.no/innhold/rundskriv/0006-0011-9f53cede"}]}
    """.utf8)

    func testItemChildrenInOrderEachOnce() throws {
        let item = try ContentAPIJSON.item(rundskriv)
        XCTAssertEqual(item.id, "0006-0011-432ddeaa")
        XCTAssertEqual(item.children, ["/kapitler/0006-0041-59809a54", "/kapitler/0006-0041-32b5974c"])
    }

    func testTruncatedOrForeignBodiesAreRefused() {
        let cases: [(String, Data)] = [
            ("truncated", rundskriv.prefix(rundskriv.count / 2)),
            ("empty", Data()),
            ("html", Data("<html><body>Not found</body></html>".utf8)),
            ("no id", Data(#"{"tittel":"x"}"#.utf8)),
            ("id escaping the mirror", Data(#"{"id":"../../etc/passwd"}"#.utf8)),
            ("hidden id", Data(#"{"id":".sync-state"}"#.utf8)),
        ]
        for (name, data) in cases {
            XCTAssertThrowsError(try ContentAPIJSON.item(data), name)
        }
    }

    func testListsAndChangeFeed() throws {
        XCTAssertEqual(try ContentAPIJSON.listIDs(Data(#"[{"id":"a-1"},{"id":"b-2"}]"#.utf8)), ["a-1", "b-2"])
        XCTAssertEqual(try ContentAPIJSON.listIDs(Data(#"{"items":[{"id":"a-1"}]}"#.utf8)), ["a-1"])
        XCTAssertEqual(try ChangeFeed.ids(Data(#"[{"id":"a-1"},"b-2",{"InfoId":"c-3"},{"id":"a-1"}]"#.utf8)), ["a-1", "b-2", "c-3"])
        XCTAssertThrowsError(try ChangeFeed.ids(Data(#"{"message":"x"}"#.utf8)))
        XCTAssertEqual(ChangeFeed.format(Date(timeIntervalSince1970: 1_770_000_000)), "2026-02-02T02:40:00")
    }

    func testHrefsFollowTheConfiguredAddress() throws {
        XCTAssertEqual(ContentAPIAddress.path(ofHref: "https://api.helsedirektoratet.no/innhold/kapitler/0006-0041-x"), "/kapitler/0006-0041-x")
        XCTAssertEqual(ContentAPIAddress.path(ofHref: "https://api.helsedirektoratet.no/innhold/innhold/0006-x"), "/innhold/0006-x")
        XCTAssertNil(ContentAPIAddress.path(ofHref: "not a link"))
        let qa = try XCTUnwrap(ContentAPIAddress(ContentAPIAddress.qa + "/"))
        XCTAssertEqual(qa.url("/kapitler/0006-0041-x")?.absoluteString, "https://api-qa.helsedirektoratet.no/innhold/kapitler/0006-0041-x")
        XCTAssertNil(ContentAPIAddress("ftp://example.org"))
        XCTAssertEqual(ContentSync.id(ofPath: "/kapitler/0006-0041-x?full=true"), "0006-0041-x")
    }

    func testRetryAfterAndBackoff() {
        let now = Date(timeIntervalSince1970: 1_445_412_400) // Wed, 21 Oct 2015 07:26:40 GMT
        XCTAssertEqual(RetryPolicy.seconds(retryAfter: "120", now: now), 120)
        XCTAssertEqual(RetryPolicy.seconds(retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT", now: now), 80)
        XCTAssertNil(RetryPolicy.seconds(retryAfter: "soon", now: now))
        let policy = RetryPolicy(attempts: 6, baseDelay: 0.25, maximumDelay: 30, maximumRetryAfter: 120)
        for attempt in 1...10 {
            let delay = policy.delay(after: attempt, retryAfter: nil)
            XCTAssertLessThanOrEqual(delay, min(30, 0.25 * pow(2, Double(attempt - 1))), "attempt \(attempt)")
        }
        XCTAssertGreaterThanOrEqual(policy.delay(after: 1, retryAfter: "5"), 5)
        XCTAssertLessThanOrEqual(policy.delay(after: 1, retryAfter: "99999"), 120.25)
    }
}
