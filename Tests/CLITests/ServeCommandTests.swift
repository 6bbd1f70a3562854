import Foundation
import TestFixtures
import XCTest

/// `guide serve` as a user and an attacker meet it: one server on a copy of the bundled corpus plus a
/// hostile guideline (markup and `javascript:` links in its text), asked over a socket.
final class ServeCommandTests: XCTestCase {
    nonisolated(unsafe) static var server: ServerProcess?
    nonisolated(unsafe) static var corpus: URL?
    nonisolated(unsafe) static var index: URL?

    static let hostileGuideline = """
    ---
    title: "Fiendtlig <script>alert(1)</script> retningslinje"
    publisher: Helsedirektoratet
    kind: Nasjonal faglig retningslinje
    url: javascript:alert(2)
    ---

    # Kapittel om <b>fare</b>

    ## Helsepersonell bør varsle om <script>alert("x")</script> trusler

    Teksten har <img src=x onerror=alert(3)> og "anførsel" og 'apostrof' & mer om trusler.

    Se [klikk her](javascript:alert(4)) om trusler.

    """

    override class func setUp() {
        super.setUp()
        do {
            let corpus = try GuideProcess.corpusCopy()
            try hostileGuideline.write(to: corpus.appendingPathComponent("fiendtlig.md"), atomically: true, encoding: .utf8)
            let index = corpus.deletingLastPathComponent().appendingPathComponent("index.sqlite")
            Self.corpus = corpus
            Self.index = index
            server = try ServerProcess(corpus: corpus, index: index)
        } catch {
            XCTFail("\(error)")
        }
    }

    override class func tearDown() {
        _ = server?.stop()
        server = nil
        super.tearDown()
    }

    private var server: ServerProcess { get throws { try XCTUnwrap(Self.server) } }

    func testSearchPageShowsEachHitWithItsOrigin() throws {
        let response = try server.get("/sok?q=p%C3%A5r%C3%B8rende+barn")
        XCTAssertEqual(response.status, 200)
        let page = response.body
        for expected in ["<html lang=\"nb\">", "<main", "<nav aria-label=", "<label for=\"q\">", "value=\"pårørende barn\"",
                         "<mark>barn</mark>", "HØRINGSUTKAST", "Rettslig grunnlag: <a href=\"https://lovdata.no/",
                         "Kilde: <a href=\"https://www.helsedirektoratet.no/", "href=\"/rad/als-samhandling-og-oppfolging/2.3\"",
                         "name=\"id\" value=\"als-samhandling-og-oppfolging/2.3\"", "action=\"/handout\"", "NLOD 2.0",
                         "<script src=\"/app.js\" defer></script>"] {
            XCTAssertTrue(page.contains(expected), "search page lacks \(expected)")
        }
        let fragment = try server.get("/sok?q=p%C3%A5r%C3%B8rende+barn&fragment=1")
        XCTAssertTrue(fragment.body.hasPrefix("<p class=\"antall\">"), "the fragment is the hits only: \(fragment.body.prefix(100))")
        XCTAssertFalse(fragment.body.contains("<html"))
    }

    func testEveryPageAnswersInNorwegian() throws {
        let pages = [("/", "Hva sier retningslinjene?"), ("/rad/als/2.3", "Pårørende barn i alderen 0-18 år"),
                     ("/innhold", "Kapittel 2:"), ("/plan?q=ALS", "Hva bør planen inneholde?"),
                     ("/lov", "helsepersonelloven"), ("/lov/hpl/10a", "helsepersonelloven § 10a"),
                     ("/rolle", "fastlege"), ("/rolle/fastlege", "fastlege"),
                     ("/sok?q=barn&plikt=1", "PLIKT"), ("/sok?q=barn&retningslinje=als-samhandling-og-oppfolging", "treff")]
        for (path, expected) in pages {
            let response = try server.get(path)
            XCTAssertEqual(response.status, 200, path)
            XCTAssertTrue(response.body.contains(expected), "\(path) lacks «\(expected)»")
            XCTAssertTrue(response.body.contains("<html lang=\"nb\">"), path)
        }
        let unknown = try server.get("/rad/als/99.9")
        XCTAssertEqual(unknown.status, 404)
        XCTAssertEqual(try server.get("/finnes-ikke").status, 404)
        XCTAssertEqual(try server.get("/sok?q=barn&limit=0").status, 400)
    }

    /// Plan, law and role answers are HTML a browser can follow: lists, tables and links to the
    /// recommendations and to lovdata.no, not the terminal's text in a block.
    func testPlanLawAndRolePagesLinkToTheirSources() throws {
        let law = try server.get("/lov").body
        XCTAssertTrue(law.contains("<a href=\"/lov/helsepersonelloven/10a\">§ 10a</a>"), "a provision links to its citing advice")
        XCTAssertTrue(law.contains("<a href=\"https://lovdata.no/lov/1999-07-02-64/§10a\">"), "a provision links to lovdata.no")
        let section = try server.get("/lov/helsepersonelloven/10a").body
        XCTAssertTrue(section.contains("<mark>§ 10a</mark>"), "the citing sentence marks the section")
        XCTAssertTrue(section.contains("href=\"/rad/als-samhandling-og-oppfolging/"), "each citing recommendation is linked")
        XCTAssertTrue(section.contains("HØRINGSUTKAST"))
        let role = try server.get("/rolle/fastlege").body
        XCTAssertTrue(role.contains("<strong class=\"norm\">[KAN]</strong>"), "each task carries its norm tag")
        XCTAssertTrue(role.contains("<li>utarbeider og holder oppdatert en behandlingsplan"), "a task's checklist items are a list")
        let plan = try server.get("/plan?q=ALS").body
        XCTAssertTrue(plan.contains("<ul class=\"plan\"><li>"), "the merged items are a list")
        XCTAssertTrue(plan.contains("<a href=\"#kilde-2\""), "an item links to each checklist it comes from")
        XCTAssertTrue(plan.contains("<li id=\"kilde-2\" value=\"2\">"))
        for page in [law, section, role, plan] { XCTAssertFalse(page.contains("<pre"), "an answer shown as terminal text") }
    }
    func testHandoutOfTickedRecommendations() throws {
        let html = try server.get("/handout?id=als/2.3&id=als/2.1")
        XCTAssertEqual(html.status, 200)
        XCTAssertTrue(html.body.contains("HØRINGSUTKAST"))
        XCTAssertTrue(html.body.contains("Pårørende barn i alderen 0-18 år"))
        let markdown = try server.get("/handout?id=als/2.3&format=md")
        XCTAssertEqual(markdown.header("Content-Type"), "text/markdown; charset=utf-8")
        XCTAssertTrue(markdown.body.hasPrefix("# "), String(markdown.body.prefix(80)))
        XCTAssertEqual(try server.get("/handout").status, 400)
    }

    func testAPIGivesTheCLIsJSONByteForByte() throws {
        let corpus = try XCTUnwrap(Self.corpus), index = try XCTUnwrap(Self.index)
        let cases: [(String, [String])] = [
            ("/api/sok?q=p%C3%A5r%C3%B8rende+barn", ["search", "pårørende", "barn"]),
            ("/api/sok?q=barn&plikt=1&rolle=fastlege&limit=3", ["search", "barn", "--must", "--role", "fastlege", "--limit", "3"]),
            ("/api/sok?q=xyzzyq", ["search", "xyzzyq"]),
            ("/api/rad/als/2.3", ["show", "als/2.3"]),
            ("/api/innhold", ["list"]),
            ("/api/plan?q=ALS", ["plan", "ALS"]),
            ("/api/lov", ["law"]),
            ("/api/lov/hpl/10a", ["law", "hpl", "§", "10a"]),
            ("/api/rolle", ["role"]),
            ("/api/rolle/fastlege", ["role", "fastlege"]),
        ]
        for (path, arguments) in cases {
            let response = try server.get(path)
            XCTAssertEqual(response.status, 200, path)
            XCTAssertEqual(response.header("Content-Type"), "application/json; charset=utf-8", path)
            let cli = try GuideProcess.run(arguments + ["--json", "--db", index.path], corpus: corpus)
            XCTAssertEqual(cli.status, 0, cli.stderr)
            XCTAssertEqual(response.body, cli.stdout, "\(path) differs from guide \(arguments.joined(separator: " ")) --json")
        }
        let unknown = try server.get("/api/rad/als/99.9")
        XCTAssertEqual(unknown.status, 404)
        XCTAssertNotNil(try GuideProcess.json(unknown.body)["error"])
        XCTAssertEqual(try server.get("/api/sok?q=+").status, 400, "a search needs words, as guide search does")
    }

    func testHostileCorpusTextIsEscapedOnEveryPage() throws {
        let search = try server.get("/sok?q=trusler")
        XCTAssertTrue(search.body.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), "the hostile hit is shown, escaped")
        let id = try XCTUnwrap(search.body.range(of: #"/rad/fiendtlig[^"]*"#, options: .regularExpression).map { String(search.body[$0]) })
        for path in ["/sok?q=trusler", "/sok?q=trusler&fragment=1", id, "/innhold", "/handout?id=\(id.dropFirst("/rad/".count))",
                     "/sok?q=%3Cscript%3Ealert(9)%3C/script%3E", "/rolle/%3Cscript%3E", "/lov/%3Cimg%20src=x%3E"] {
            let body = try server.get(path).body
            for raw in ["<script>alert", "<img src=x", "href=\"javascript", "<b>fare</b>", "onerror=alert(3)>"] {
                XCTAssertFalse(body.contains(raw), "\(path) carries raw «\(raw)»")
            }
        }
    }

    func testEveryResponseCarriesTheSecurityHeaders() throws {
        for path in ["/", "/sok?q=barn", "/api/sok?q=barn", "/rad/als/2.3", "/finnes-ikke", "/app.js"] {
            let response = try server.get(path)
            let policy = try XCTUnwrap(response.header("Content-Security-Policy"), path)
            XCTAssertTrue(policy.contains("script-src 'self'") || policy.contains("default-src 'none'"), path)
            XCTAssertFalse(policy.contains("unsafe-eval"), path)
            XCTAssertEqual(response.header("X-Content-Type-Options"), "nosniff", path)
            XCTAssertEqual(response.header("Referrer-Policy"), "no-referrer", path)
            if path != "/app.js" { XCTAssertEqual(response.header("Cache-Control"), "no-store", path) }
        }
        let page = try server.get("/sok?q=barn").body
        XCTAssertNil(page.range(of: "<script>"), "no inline script")
        XCTAssertEqual(try server.get("/sok?q=barn", method: "HEAD").body, "", "HEAD has no body")
    }

    func testBadRequestsGetTheirStatusAndTheServerGoesOn() throws {
        let long = String(repeating: "a", count: 9000)
        let cases: [(String, Int)] = [
            ("POST /sok HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 405),
            ("GET /\(long) HTTP/1.1\r\nHost: x\r\n\r\n", 414),
            ("GET / HTTP/1.1\r\nHost: x\r\n" + String(repeating: "X-A: b\r\n", count: 100) + "\r\n", 431),
            ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n", 413),
            ("NONSENSE\r\n\r\n", 400),
            ("GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ]
        for (head, status) in cases {
            XCTAssertEqual(try server.send(Array(head.utf8)).status, status, String(head.prefix(40)))
        }
        XCTAssertEqual(try server.get("/").status, 200, "still serving")
        XCTAssertTrue(try server.process.isRunning)
        XCTAssertFalse(try server.stderr.contains("barn"), "no query in the server's output")
    }

    /// A client sending its head a byte now and then is dropped after the head time (5 s), and others
    /// are served meanwhile.
    func testSlowHeadIsDropped() throws {
        let server = try server
        let socket = try server.connect()
        defer { close(socket) }
        let started = Date()
        _ = "GET / HTTP/1.1\r\n".withCString { Glibc.send(socket, $0, 16, Int32(MSG_NOSIGNAL)) }
        var closed = false
        while Date().timeIntervalSince(started) < 15 {
            _ = "X: y\r\n".withCString { Glibc.send(socket, $0, 6, Int32(MSG_NOSIGNAL)) }
            XCTAssertEqual(try server.get("/app.css").status, 200, "served while a slow client trickles")
            var waiting = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            if poll(&waiting, 1, 1000) > 0 {
                var byte: UInt8 = 0
                if recv(socket, &byte, 1, 0) <= 0 { closed = true; break }
            }
        }
        XCTAssertTrue(closed, "the slow connection was not dropped")
        XCTAssertLessThan(Date().timeIntervalSince(started), 12)
    }

    /// A full rebuild renames a new index over the served one: every request during it is answered,
    /// and the next ones from the new index (a guideline added before the rebuild is found).
    func testRebuildWhileServingFailsNoRequest() throws {
        let server = try server
        let corpus = try XCTUnwrap(Self.corpus), index = try XCTUnwrap(Self.index)
        let added = "---\ntitle: \"Tyttebær\"\npublisher: Helsedirektoratet\n---\n\n# Kost\n\n## Pasienten bør få tyttebærsyltetøy\n\nTyttebærsyltetøy til middag.\n"
        try added.write(to: corpus.appendingPathComponent("tyttebaer.md"), atomically: true, encoding: .utf8)
        XCTAssertFalse(try server.get("/api/sok?q=tytteb%C3%A6rsyltet%C3%B8y").body.contains("tyttebaer.md"))
        let done = LockedText()
        let failures = LockedText()
        let group = DispatchGroup()
        for client in 0..<4 {
            DispatchQueue.global().async(group: group) {
                var asked = 0
                while done.value.isEmpty || asked < 5 {
                    let path = client % 2 == 0 ? "/api/sok?q=barn" : "/rad/als/2.3"
                    do {
                        let response = try server.get(path)
                        if response.status != 200 { failures.append("\(path): \(response.status)\n") }
                    } catch {
                        failures.append("\(path): \(error)\n")
                    }
                    asked += 1
                }
            }
        }
        let rebuild = try GuideProcess.run(["index", "--full", "--db", index.path], corpus: corpus)
        done.append("done")
        group.wait()
        XCTAssertEqual(rebuild.status, 0, rebuild.stderr)
        XCTAssertEqual(failures.value, "", "requests failed during the rebuild")
        XCTAssertEqual(try server.get("/api/rad/als/2.3").status, 200)
        // Every worker reopens the renamed-in file: each of several requests finds the new guideline.
        for _ in 0..<20 {
            XCTAssertTrue(try server.get("/api/sok?q=tytteb%C3%A6rsyltet%C3%B8y").body.contains("tyttebaer.md"), "answered from the old index")
        }
    }

    /// SIGTERM stops a server cleanly (exit 0); one on another address than loopback says who can reach it.
    func testStopsCleanlyAndWarnsOffLoopback() throws {
        let corpus = try XCTUnwrap(Self.corpus), index = try XCTUnwrap(Self.index)
        let open = try ServerProcess(corpus: corpus, index: index, extraArguments: ["--host", "0.0.0.0"])
        XCTAssertEqual(try open.get("/").status, 200)
        XCTAssertTrue(open.stderr.contains("alle som når denne maskinen"), open.stderr)
        XCTAssertEqual(open.stop(), 0)
        XCTAssertTrue(open.stderr.contains("guide serve: stoppet"), open.stderr)
    }

    func testPortInUseIsSaidInNorwegian() throws {
        let corpus = try XCTUnwrap(Self.corpus), index = try XCTUnwrap(Self.index)
        let taken = try server.port
        let result = try GuideProcess.run(["serve", "--port", "\(taken)", "--corpus", corpus.path, "--db", index.path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("guide: feil: kan ikke lytte på 127.0.0.1:\(taken): adressen er i bruk"), result.stderr)
    }
}
