import Foundation
import TestFixtures
import XCTest

/// `guide mcp` as an assistant's client meets it: a process on stdio, talked to line by line, on the
/// bundled corpus (two hearing drafts: ALS and ME/CFS).
final class MCPSessionTests: XCTestCase {
    /// One built copy for the tests that do not change it (building takes most of a test's time).
    nonisolated(unsafe) private static var sharedCorpus: URL?

    private func corpus() throws -> URL {
        if let corpus = Self.sharedCorpus { return corpus }
        let corpus = try TestFixtures.corpusCopy(label: "mcp")
        let built = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(built.status, 0, built.stderr)
        Self.sharedCorpus = corpus
        return corpus
    }

    private func start(_ arguments: [String] = []) throws -> MCPProcess {
        try MCPProcess(corpus: corpus(), arguments: arguments)
    }

    private func cliJSON(_ arguments: [String]) throws -> [String: Any] {
        let run = try GuideProcess.run(arguments + ["--json"], corpus: corpus())
        XCTAssertEqual(run.status, 0, run.stderr)
        return try GuideProcess.json(run.stdout)
    }

    private func text(_ result: [String: Any]) -> String {
        ((result["content"] as? [[String: Any]])?.first?["text"] as? String) ?? ""
    }

    // MARK: - Versions

    func testDiscoverNamesTheStatelessRevisionAndEveryResultSaysItsType() throws {
        let mcp = try start()
        let discover = try mcp.result("server/discover")
        XCTAssertEqual(discover["supportedVersions"] as? [String], ["2026-07-28"])
        XCTAssertEqual(discover["resultType"] as? String, "complete")
        XCTAssertNotNil(discover["ttlMs"] as? Int)
        XCTAssertEqual(discover["cacheScope"] as? String, "public")
        let instructions = try XCTUnwrap(discover["instructions"] as? String)
        for phrase in ["Siter ordlyden", "HØRINGSUTKAST", "NLOD", "Helsedirektoratet"] {
            XCTAssertTrue(instructions.contains(phrase), "instructions lack \(phrase)")
        }
        let serverInfo = (discover["_meta"] as? [String: Any])?["io.modelcontextprotocol/serverInfo"] as? [String: Any]
        XCTAssertEqual(serverInfo?["name"] as? String, "guide")
        let capabilities = try XCTUnwrap(discover["capabilities"] as? [String: Any])
        XCTAssertEqual(Set(capabilities.keys), ["tools", "resources", "prompts"])

        // A stateless call needs no handshake, and carries resultType too.
        let call = try mcp.tool("search_guidelines", ["query": "pårørende barn ved ALS", "limit": 1])
        XCTAssertEqual(call["resultType"] as? String, "complete")
        XCTAssertEqual(call["isError"] as? Bool, false)
        XCTAssertEqual(mcp.finish(), 0)
    }

    func testInitializeAnswersTheHighestRevisionBothSpeak() throws {
        let cases = [("2025-11-25", "2025-11-25"), ("2025-06-18", "2025-06-18"), ("2025-03-26", "2025-03-26"),
                     ("2024-11-05", "2025-11-25"), ("2026-07-28", "2025-11-25")]
        for (asked, agreed) in cases {
            let mcp = try start()
            let result = try mcp.result("initialize", ["protocolVersion": asked, "capabilities": [String: Any](),
                                                       "clientInfo": ["name": "test", "version": "1"]], stateless: false)
            XCTAssertEqual(result["protocolVersion"] as? String, agreed, "asked \(asked)")
            XCTAssertNotNil(result["instructions"] as? String)
            XCTAssertEqual((result["serverInfo"] as? [String: Any])?["name"] as? String, "guide")
            try mcp.send(["jsonrpc": "2.0", "method": "notifications/initialized"])
            let tools = try XCTUnwrap(try mcp.result("tools/list", stateless: false)["tools"] as? [[String: Any]])
            let call = try mcp.tool("search_guidelines", ["query": "koordinator ALS"], stateless: false)
            // 2025-03-26 knows no structured results: the text alone.
            let structured = agreed != "2025-03-26"
            XCTAssertEqual(tools.allSatisfy { $0["outputSchema"] != nil }, structured, "asked \(asked)")
            XCTAssertEqual(call["structuredContent"] != nil, structured, "asked \(asked)")
            XCTAssertFalse(text(call).isEmpty)
            XCTAssertEqual(mcp.finish(), 0)
        }
    }

    func testAnUnknownRevisionIsRefusedWithTheSupportedList() throws {
        let mcp = try start()
        var params: [String: Any] = ["_meta": ["io.modelcontextprotocol/protocolVersion": "2027-01-01",
                                               "io.modelcontextprotocol/clientCapabilities": [String: Any]()]]
        try mcp.send(["jsonrpc": "2.0", "id": 7, "method": "tools/list", "params": params])
        let error = try XCTUnwrap(try mcp.receive()["error"] as? [String: Any])
        XCTAssertEqual(error["code"] as? Int, -32022)
        let data = try XCTUnwrap(error["data"] as? [String: Any])
        XCTAssertEqual(data["requested"] as? String, "2027-01-01")
        XCTAssertEqual(data["supported"] as? [String], ["2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26"])
        // Missing capabilities in a stateless request: invalid params.
        params = ["_meta": ["io.modelcontextprotocol/protocolVersion": "2026-07-28"]]
        try mcp.send(["jsonrpc": "2.0", "id": 8, "method": "tools/list", "params": params])
        XCTAssertEqual((try mcp.receive()["error"] as? [String: Any])?["code"] as? Int, -32602)
        XCTAssertEqual(mcp.finish(), 0)
    }

    // MARK: - Tools

    func testToolsAreListedReadOnlyWithBothSchemas() throws {
        let mcp = try start()
        let tools = try XCTUnwrap(try mcp.result("tools/list")["tools"] as? [[String: Any]])
        XCTAssertEqual(tools.compactMap { $0["name"] as? String },
                       ["search_guidelines", "get_recommendation", "plan_contents", "legal_basis", "role_tasks", "list_guidelines"])
        for tool in tools {
            let annotations = try XCTUnwrap(tool["annotations"] as? [String: Any])
            XCTAssertEqual(annotations["readOnlyHint"] as? Bool, true)
            XCTAssertEqual(annotations["openWorldHint"] as? Bool, false)
            XCTAssertEqual(annotations["destructiveHint"] as? Bool, false)
            XCTAssertEqual((tool["inputSchema"] as? [String: Any])?["type"] as? String, "object")
            XCTAssertEqual((tool["outputSchema"] as? [String: Any])?["type"] as? String, "object")
        }
        XCTAssertEqual(mcp.finish(), 0)
    }

    /// Each tool answers a real situation with the CLI's `--json` as its structured content, and a text
    /// that names the recommendation, flags the hearing draft and gives the address.
    func testEveryToolAnswersAsTheCommandLineDoes() throws {
        let mcp = try start()
        let cases: [(tool: String, arguments: [String: Any], cli: [String], mentions: [String])] = [
            ("search_guidelines", ["query": "pårørende barn ved ALS", "limit": 3], ["search", "pårørende barn ved ALS", "--limit", "3"],
             ["Anbefaling als-samhandling-og-oppfolging/2.3", "Kapittel 2", "Del: Anbefaling", "https://www.helsedirektoratet.no/"]),
            ("get_recommendation", ["id": "als/2.3"], ["show", "als/2.3"],
             ["Anbefaling als-samhandling-og-oppfolging/2.3", "Kapittel 2", "https://www.helsedirektoratet.no/"]),
            ("plan_contents", ["situation": "ME/CFS helsehjelp i hjemmet"], ["plan", "ME/CFS helsehjelp i hjemmet"],
             ["Anbefaling me-cfs", "Del:"]),
            ("legal_basis", ["act": "hpl", "section": "§ 10a"], ["law", "hpl", "§ 10a"],
             ["helsepersonelloven § 10a", "Anbefaling als-samhandling-og-oppfolging/2.1"]),
            ("legal_basis", [:], ["law"], ["helsepersonelloven"]),
            ("role_tasks", ["role": "fastlegen"], ["role", "fastlegen"], ["fastlege", "Anbefaling als-samhandling-og-oppfolging/1.2"]),
            ("list_guidelines", [:], ["list"], ["als-samhandling-og-oppfolging/1.1", "HØRINGSUTKAST"]),
        ]
        for (tool, arguments, cli, mentions) in cases {
            let result = try mcp.tool(tool, arguments)
            XCTAssertEqual(result["isError"] as? Bool, false, "\(tool): \(text(result))")
            let structured = try XCTUnwrap(result["structuredContent"] as? [String: Any], tool)
            let expected = try cliJSON(cli)
            XCTAssertEqual(NSDictionary(dictionary: structured), NSDictionary(dictionary: expected), "\(tool) differs from guide \(cli)")
            let shown = text(result)
            // Every text shown from the drafts is flagged; the overview of cited acts shows none.
            let showsText = !(tool == "legal_basis" && arguments.isEmpty)
            XCTAssertEqual(shown.contains("HØRINGSUTKAST"), showsText, "\(tool) and the hearing-draft flag:\n\(shown)")
            for mention in mentions {
                XCTAssertTrue(shown.contains(mention), "\(tool) does not say \(mention):\n\(shown)")
            }
        }
        XCTAssertEqual(mcp.finish(), 0)
        XCTAssertFalse(mcp.stderr.contains("pårørende barn"), "a query reached stderr: \(mcp.stderr)")
    }

    func testBadToolArgumentsAreToolErrorsInNorwegian() throws {
        let mcp = try start()
        let cases: [(String, [String: Any], String)] = [
            ("search_guidelines", [:], "«query» mangler"),
            ("search_guidelines", ["query": "ALS", "limit": "mange"], "heltall fra 1 til 50"),
            ("search_guidelines", ["query": "ALS", "limit": 0], "heltall fra 1 til 50"),
            ("search_guidelines", ["query": "ALS", "sted": "Oslo"], "Ukjent argument «sted»"),
            ("get_recommendation", ["id": 12], "må være tekst"),
            ("legal_basis", ["section": "§ 10a"], "krever «act»"),
        ]
        for (tool, arguments, message) in cases {
            let result = try mcp.tool(tool, arguments)
            XCTAssertEqual(result["isError"] as? Bool, true, "\(tool) \(arguments)")
            XCTAssertTrue(text(result).contains(message), "\(tool) \(arguments): \(text(result))")
            XCTAssertNil(result["structuredContent"])
        }
        // Questions the index cannot answer: the CLI's message, as a tool error.
        for (tool, arguments) in [("get_recommendation", ["id": "als/9.9"]), ("role_tasks", ["role": "astronaut"]),
                                  ("legal_basis", ["act": "ingenslovloven"])] as [(String, [String: Any])] {
            let result = try mcp.tool(tool, arguments)
            XCTAssertEqual(result["isError"] as? Bool, true, "\(tool) \(arguments)")
            XCTAssertFalse(text(result).isEmpty)
        }
        // An unknown tool is the protocol's error.
        let unknown = try mcp.call("tools/call", ["name": "delete_everything", "arguments": [String: Any]()])
        XCTAssertEqual((unknown["error"] as? [String: Any])?["code"] as? Int, -32602)
        XCTAssertEqual(mcp.finish(), 0)
    }

    // MARK: - Resources and prompts

    func testResourcesArePagedAndReadAsHandouts() throws {
        let mcp = try start(["--page-size", "3"])
        var uris: [String] = []
        var cursor: String?
        var pages = 0
        repeat {
            let result = try mcp.result("resources/list", cursor.map { ["cursor": $0] } ?? [:])
            let resources = try XCTUnwrap(result["resources"] as? [[String: Any]])
            XCTAssertLessThanOrEqual(resources.count, 3)
            XCTAssertTrue(resources.allSatisfy { $0["mimeType"] as? String == "text/markdown" })
            uris += resources.compactMap { $0["uri"] as? String }
            cursor = result["nextCursor"] as? String
            pages += 1
        } while cursor != nil && pages < 20
        let listed = try XCTUnwrap(try mcp.tool("list_guidelines", [:])["structuredContent"] as? [String: Any])
        let ids = ((listed["guidelines"] as? [[String: Any]]) ?? []).flatMap { guideline in
            ((guideline["chapters"] as? [[String: Any]]) ?? []).flatMap { chapter in
                ((chapter["recommendations"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
            }
        }
        XCTAssertEqual(uris, ids.map { "guide://recommendation/\($0)" })
        XCTAssertGreaterThan(pages, 2)

        let read = try mcp.result("resources/read", ["uri": "guide://recommendation/als-samhandling-og-oppfolging/2.3"])
        let contents = try XCTUnwrap((read["contents"] as? [[String: Any]])?.first)
        XCTAssertEqual(contents["mimeType"] as? String, "text/markdown")
        let markdown = try XCTUnwrap(contents["text"] as? String)
        XCTAssertTrue(markdown.contains("Pårørende barn i alderen 0-18 år"))
        XCTAssertTrue(markdown.contains("HØRINGSUTKAST"))
        XCTAssertTrue(markdown.contains("https://www.helsedirektoratet.no/"))

        let missing = try mcp.call("resources/read", ["uri": "guide://recommendation/als/9.9"])
        XCTAssertEqual((missing["error"] as? [String: Any])?["code"] as? Int, -32002)
        let badCursor = try mcp.call("resources/list", ["cursor": "ikke en cursor"])
        XCTAssertEqual((badCursor["error"] as? [String: Any])?["code"] as? Int, -32602)
        XCTAssertEqual(mcp.finish(), 0)
    }

    func testThePromptKeepsAnswersToTheGuidelines() throws {
        let mcp = try start()
        let prompts = try XCTUnwrap(try mcp.result("prompts/list")["prompts"] as? [[String: Any]])
        XCTAssertEqual(prompts.compactMap { $0["name"] as? String }, ["svar_fra_retningslinjene"])
        let prompt = try mcp.result("prompts/get", ["name": "svar_fra_retningslinjene",
                                                    "arguments": ["sporsmal": "Hvem koordinerer ved ALS?"]])
        let message = try XCTUnwrap((prompt["messages"] as? [[String: Any]])?.first)
        let text = try XCTUnwrap((message["content"] as? [String: Any])?["text"] as? String)
        for phrase in ["Hvem koordinerer ved ALS?", "Siter ordlyden", "HØRINGSUTKAST", "Bruk ikke egen kunnskap"] {
            XCTAssertTrue(text.contains(phrase), "prompt lacks \(phrase)")
        }
        let missing = try mcp.call("prompts/get", ["name": "svar_fra_retningslinjene"])
        XCTAssertEqual((missing["error"] as? [String: Any])?["code"] as? Int, -32602)
        XCTAssertEqual(mcp.finish(), 0)
    }

    // MARK: - Bad input

    func testBadMessagesAreAnsweredAndTheSessionGoesOn() throws {
        let mcp = try start()
        mcp.write("{ikke json\n")
        var answer = try mcp.receive()
        XCTAssertEqual((answer["error"] as? [String: Any])?["code"] as? Int, -32700)
        XCTAssertTrue(answer["id"] is NSNull)
        mcp.write("[1,2]\n")
        XCTAssertEqual((try mcp.receive()["error"] as? [String: Any])?["code"] as? Int, -32600)
        answer = try mcp.call("tools/frobnicate")
        XCTAssertEqual((answer["error"] as? [String: Any])?["code"] as? Int, -32601)
        // Notifications, known or not, get no answer: the next line is the ping's.
        try mcp.send(["jsonrpc": "2.0", "method": "notifications/initialized"])
        try mcp.send(["jsonrpc": "2.0", "method": "notifications/whatever", "params": ["x": 1]])
        answer = try mcp.call("ping", stateless: false)
        XCTAssertNotNil(answer["result"])
        XCTAssertEqual(mcp.finish(), 0)
    }

    func testHugeAndDeepMessagesAreRefusedWithoutACrash() throws {
        let mcp = try start()
        let huge = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"search_guidelines\",\"arguments\":{\"query\":\""
            + String(repeating: "a", count: 10 << 20) + "\"}}}\n"
        mcp.write(huge)
        XCTAssertEqual((try mcp.receive()["error"] as? [String: Any])?["code"] as? Int, -32600)
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        mcp.write("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\",\"params\":{\"x\":\(deep)}}\n")
        XCTAssertEqual((try mcp.receive()["error"] as? [String: Any])?["code"] as? Int, -32600)
        let call = try mcp.tool("search_guidelines", ["query": "koordinator"])
        XCTAssertEqual(call["isError"] as? Bool, false)
        XCTAssertEqual(mcp.finish(), 0)
    }

    /// A request cancelled before it ran is never answered; the others are, in order.
    func testACancelledRequestGetsNoAnswer() throws {
        let mcp = try start()
        _ = try mcp.result("initialize", ["protocolVersion": "2025-11-25", "capabilities": [String: Any](),
                                          "clientInfo": ["name": "test", "version": "1"]], stateless: false)
        var batch = ""
        for id in 100..<110 {
            let request: [String: Any] = ["jsonrpc": "2.0", "id": id, "method": "tools/call",
                                          "params": ["name": "search_guidelines", "arguments": ["query": "oppfølging av pasienter med ALS"]]]
            batch += String(decoding: try JSONSerialization.data(withJSONObject: request), as: UTF8.self) + "\n"
        }
        batch += "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":109,\"reason\":\"brukeren avbrøt\"}}\n"
        mcp.write(batch)
        for id in 100..<109 {
            XCTAssertEqual(try mcp.receive()["id"] as? Int, id)
        }
        let ping = try mcp.call("ping", stateless: false)
        XCTAssertNotNil(ping["result"], "the cancelled request was answered: \(ping)")
        XCTAssertEqual(mcp.finish(), 0)
    }

    func testEndOfInputEndsTheServerWithZero() throws {
        let mcp = try start()
        XCTAssertEqual(mcp.finish(), 0)
        XCTAssertFalse(mcp.hasAnswer(after: 0.1), "something was written to stdout")
    }

    // MARK: - A long session

    func testAThousandCallsKeepMemoryFlat() throws {
        let mcp = try start()
        let queries = ["pårørende barn ved ALS", "kommunal koordinator", "helsehjelp i hjemmet ME/CFS", "diagnosesamtalen"]
        var baseline = 0
        for call in 0..<1_000 {
            let result = try mcp.tool("search_guidelines", ["query": queries[call % queries.count], "limit": 5])
            XCTAssertEqual(result["isError"] as? Bool, false)
            if call == 199 { baseline = mcp.residentKilobytes() ?? 0 }
        }
        let end = try XCTUnwrap(mcp.residentKilobytes())
        XCTAssertLessThan(end - baseline, 8_000, "resident memory grew from \(baseline) kB to \(end) kB over 800 calls")
        XCTAssertEqual(mcp.finish(), 0)
    }

    /// `guide index` in another process while the session runs, rebuilding (a new file renamed over the
    /// index) and then updating in place: no call fails, and the calls after each see the new index.
    func testARebuildDuringTheSessionIsSeenAndNothingFails() throws {
        let corpus = try TestFixtures.corpusCopy(label: "mcp-rebuild")
        XCTAssertEqual(try GuideProcess.run(["index"], corpus: corpus).status, 0)
        let mcp = try MCPProcess(corpus: corpus)
        func guidelines() throws -> Int {
            let list = try mcp.tool("list_guidelines", [:])
            XCTAssertEqual(list["isError"] as? Bool, false, text(list))
            return ((list["structuredContent"] as? [String: Any])?["guidelines"] as? [Any])?.count ?? -1
        }
        /// Runs `guide index` with the arguments, calling the server all the while.
        func index(_ arguments: [String]) throws {
            let done = NSCondition()
            nonisolated(unsafe) var status: Int32?
            Thread {
                let run = try? GuideProcess.run(["index"] + arguments, corpus: corpus)
                done.lock(); status = run?.status ?? -1; done.unlock()
            }.start()
            var calls = 0
            while true {
                done.lock(); let over = status; done.unlock()
                if let over {
                    XCTAssertEqual(over, 0)
                    break
                }
                let result = try mcp.tool("search_guidelines", ["query": "koordinator"])
                XCTAssertEqual(result["isError"] as? Bool, false, text(result))
                calls += 1
            }
            XCTAssertGreaterThan(calls, 0)
        }
        XCTAssertEqual(try guidelines(), 2)
        let aside = FileManager.default.temporaryDirectory.appendingPathComponent("mcp-aside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasPrefix("me-cfs") {
            try FileManager.default.moveItem(at: corpus.appendingPathComponent(name), to: aside.appendingPathComponent(name))
        }
        try index(["--full"])
        XCTAssertEqual(try guidelines(), 1)
        for name in try FileManager.default.contentsOfDirectory(atPath: aside.path) {
            try FileManager.default.moveItem(at: aside.appendingPathComponent(name), to: corpus.appendingPathComponent(name))
        }
        try index([])
        XCTAssertEqual(try guidelines(), 2)
        XCTAssertEqual(mcp.finish(), 0)
    }
}
