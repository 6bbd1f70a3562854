import Foundation
import GuideKit
import GuideMCP
#if canImport(Glibc)
import Glibc
#endif

/// `guide mcp`: serves the questions to an AI assistant over the Model Context Protocol on stdin and
/// stdout until the input ends. The index is opened (built first when needed) before the first message;
/// what happens on the way goes to stderr, never a query.
struct MCPCommand: GuideSubcommand {
    static let pageSize = OptionDeclaration.value("--page-size", valueName: "N", help: [
        "Resources per page of resources/list (default 100)",
    ]) { value in
        Int(value).map { (1...10_000).contains($0) } == true ? nil : "'--page-size' takes a number from 1 to 10000"
    }

    static let declaration = CommandDeclaration(
        name: "mcp",
        overview: """
        Serve the guidelines to an AI assistant over the Model Context Protocol (stdio, one JSON-RPC
        message a line): tools to search, show a recommendation, merge a plan, find the legal basis and
        a role's tasks, every recommendation as a resource, and a prompt that keeps answers to the text.
        Speaks 2026-07-28 (server/discover) and, by initialize, 2025-11-25, 2025-06-18 and 2025-03-26.
        """,
        listing: ("mcp", "Serve the guidelines to AI assistants over the Model Context Protocol"),
        options: [pageSize])

    let resourcesPerPage: Int

    init(_ line: ParsedCommandLine) {
        resourcesPerPage = line.value(of: Self.pageSize).flatMap { Int($0) } ?? 100
    }

    func run(in context: CommandContext) throws {
        // A client that goes away must end the server through end of input, not kill it mid-write.
        signal(SIGPIPE, SIG_IGN)
        let index = try context.openIndex()
        let server = MCPServer(knowledgeBase: context.knowledgeBase, index: index,
                               version: String(Commands.version.dropFirst("guide ".count)), pageSize: resourcesPerPage)
        StdioSession().run(server)
    }
}
