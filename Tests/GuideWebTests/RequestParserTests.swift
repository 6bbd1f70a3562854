import GuideWeb
import XCTest

/// What the request parser makes of well-formed and hostile heads: each refusal is the status a client sees.
final class RequestParserTests: XCTestCase {
    let parser = RequestParser()

    func testReadsMethodPathAndDecodedQuery() {
        let head = "GET /sok?q=p%C3%A5r%C3%B8rende+barn&plikt=1&id=a&id=b HTTP/1.1\r\nHost: x\r\n\r\n"
        let outcome = parser.parse(Array((head + "GET /next").utf8))
        guard case .request(let request, let length) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(request.method, .get)
        XCTAssertEqual(request.path, "/sok")
        XCTAssertEqual(request.value("q"), "pårørende barn")
        XCTAssertEqual(request.values("id"), ["a", "b"])
        XCTAssertTrue(request.keepAlive)
        XCTAssertEqual(length, head.utf8.count, "the next pipelined request starts after the head")
    }

    func testConnectionCloseAndHTTP10EndTheConnection() {
        for head in ["GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET / HTTP/1.0\r\n\r\n"] {
            guard case .request(let request, _) = parser.parse(Array(head.utf8)) else { return XCTFail(head) }
            XCTAssertFalse(request.keepAlive, head)
        }
    }

    func testWaitsForTheRestOfAHead() {
        for head in ["", "GET / HT", "GET / HTTP/1.1\r\n", "GET / HTTP/1.1\r\nHost: x\r\n"] {
            XCTAssertEqual(parser.parse(Array(head.utf8)), .incomplete, head)
        }
    }

    func testRefusesWhatItWillNotServe() {
        let long = String(repeating: "a", count: 9000)
        let cases: [(String, HTTPStatus)] = [
            ("POST / HTTP/1.1\r\nHost: x\r\n\r\n", .methodNotAllowed),
            ("DELETE /rad/als/1.1 HTTP/1.1\r\nHost: x\r\n\r\n", .methodNotAllowed),
            ("GET /\(long) HTTP/1.1\r\n", .uriTooLong),
            ("GET /\(long)", .uriTooLong),
            ("GET / HTTP/1.1\r\nHost: x\r\n" + String(repeating: "X-A: b\r\n", count: 65) + "\r\n", .requestHeaderFieldsTooLarge),
            ("GET / HTTP/1.1\r\nHost: x\r\nX-A: \(String(repeating: "b", count: 17000))", .requestHeaderFieldsTooLarge),
            ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nabcde", .contentTooLarge),
            ("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", .contentTooLarge),
            ("GET / HTTP/2.0\r\n\r\n", .httpVersionNotSupported),
            ("GET / HTTP/1.1\r\n\r\n", .badRequest),
            ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            ("GET http://x/ HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            ("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            ("GET /%FF HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            ("GET /a%00 HTTP/1.1\r\nHost: x\r\n\r\n", .badRequest),
            ("GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n", .badRequest),
            ("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", .badRequest),
            ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", .badRequest),
            ("GET / HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n", .badRequest),
            ("\u{1}\u{2}\r\n\r\n", .badRequest),
        ]
        for (head, status) in cases {
            XCTAssertEqual(parser.parse(Array(head.utf8)), .refused(status), String(head.prefix(80)))
        }
    }

    /// 10,000 mutated heads: each is a request, a wait or a refusal; none traps.
    func testSurvivesMutatedRequests() {
        var generator = SystemRandomNumberGenerator()
        let seeds = ["GET /sok?q=barn&rolle=fastlege HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n",
                     "HEAD /rad/als/1.1 HTTP/1.0\r\nContent-Length: 0\r\n\r\n"].map { Array($0.utf8) }
        let alphabet: [UInt8] = Array("%+&=? :\r\n/\0\u{7f}".utf8) + [0xC3, 0xA5, 0xFF, 0x80]
        for round in 0..<10_000 {
            var bytes = seeds[round % seeds.count]
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let at = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[at] = alphabet.randomElement(using: &generator) ?? 0
                case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: at)
                default: if bytes.count > 1 { bytes.remove(at: at) }
                }
            }
            _ = parser.parse(bytes)
        }
    }
}
