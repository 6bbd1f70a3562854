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
        "Ressurser per side i resources/list (standard: 100)",
    ]) { value in
        Int(value).map { (1...10_000).contains($0) } == true ? nil : "'--page-size' tar et tall fra 1 til 10000, ikke '\(value)'"
    }

    static let declaration = CommandDeclaration(
        name: "mcp",
        overview: """
        Gjør retningslinjene tilgjengelige for en KI-assistent over Model Context Protocol (stdio, én JSON-RPC-melding per linje): verktøy for å søke, vise en anbefaling, slå sammen en plan, finne lovgrunnlaget og en rolles oppgaver, hver anbefaling som en ressurs, og en ledetekst som holder svarene til teksten.
        Snakker 2026-07-28 (server/discover) og, via initialize, 2025-11-25, 2025-06-18 og 2025-03-26.
        """,
        listing: ("mcp", "Gjør retningslinjene tilgjengelige for KI-assistenter (Model Context Protocol)"),
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
