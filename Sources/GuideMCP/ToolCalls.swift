import Foundation
import GuideIndexer
import GuideKit

/// `tools/call`: asks the question a tool stands for and answers with the CLI's `--json` shape as
/// `structuredContent` and the CLI's text (no colour) as the content a model reads and quotes.
/// A question that cannot be answered (unknown id, act or role; bad arguments) is a result with
/// `isError`, its message in Norwegian, so the model can correct itself.
struct ToolCalls {
    let index: FollowedIndex
    let knowledgeBase: KnowledgeBase

    private let style = TextStyle.plain

    struct Answer {
        let structured: JSONValue
        let text: String
    }

    /// The `CallToolResult` body (without `resultType`), or a protocol error for a tool that does not exist.
    func call(_ params: [String: JSONValue], structured: Bool) throws(RPCError) -> [String: JSONValue] {
        guard let name = params["name"]?.string else { throw .invalidParams("tools/call mangler name") }
        guard let tool = ToolCatalogue.named(name) else { throw .invalidParams("Ukjent verktøy: \(name)") }
        let allowed = Set(tool.input["properties"]?.object.map { Array($0.keys) } ?? [])
        do {
            let arguments = try ToolArguments(params["arguments"], allowed: allowed)
            let answer = try run(tool.name, arguments)
            var result: [String: JSONValue] = ["content": [["type": "text", "text": .string(answer.text)]], "isError": false]
            if structured { result["structuredContent"] = answer.structured }
            return result
        } catch {
            return ["content": [["type": "text", "text": .string(Self.message(for: error))]], "isError": true]
        }
    }

    private func run(_ name: String, _ arguments: ToolArguments) throws -> Answer {
        switch name {
        case "search_guidelines":
            let query = try arguments.text("query", required: true) ?? ""
            let filter = SearchFilter(obligationsOnly: try arguments.flag("must"), role: try arguments.text("role"))
            let results = try index.ask(SearchQuestion(query, limit: try arguments.limit(), filter: filter))
            // As `guide search`: no hits for real words say what the index covers.
            let coverage = results.results.isEmpty && !results.terms.isEmpty
                ? try index.ask(CoverageQuestion(lastSynced: knowledgeBase.mirrorLastSynced)) : nil
            var sources = SourceList()
            for hit in results.results {
                sources.add(hit.guideline, hit.chapter, id: hit.recommendation?.id, part: hit.section.kind.partHeading(title: hit.section.title),
                            source: hit.source)
            }
            return try answer(SearchJSON(results, coverage: coverage), SearchRenderer.render(results, coverage: coverage, style: style), sources)
        case "get_recommendation":
            let article = try index.ask(RecommendationQuestion(id: try arguments.text("id", required: true) ?? ""))
            var sources = SourceList()
            sources.add(article.guideline, article.chapter, id: article.id, part: nil, source: article.source)
            return try answer(ShowJSON(article), ArticleRenderer.render(article, style: style), sources)
        case "plan_contents":
            let plan = try index.ask(PlanQuestion(situation: try arguments.text("situation") ?? "", limit: try arguments.limit()))
            var sources = SourceList()
            for checklist in plan.checklists {
                sources.add(checklist.guideline, checklist.chapter, id: checklist.recommendation.id,
                            part: checklist.part.partHeading(title: checklist.partTitle), source: checklist.source)
            }
            return try answer(plan, PlanRenderer.render(plan, style: style), sources)
        case "legal_basis":
            return try legalBasis(act: try arguments.text("act"), section: try arguments.text("section"))
        case "role_tasks":
            let tasks = try index.ask(RoleTasksQuestion(role: try arguments.text("role", required: true) ?? ""))
            var sources = SourceList()
            for found in tasks.recommendations {
                sources.add(found.guideline, found.chapter, id: found.recommendation.id, part: nil, source: found.source)
            }
            return try answer(tasks, RoleRenderer.render(tasks, style: style), sources)
        default:
            let coverage = try index.ask(CoverageQuestion(lastSynced: knowledgeBase.mirrorLastSynced))
            let outline = try index.ask(OutlineQuestion())
            return try answer(ListJSON(outline, coverage: coverage),
                              CoverageRenderer.render(coverage, style: style) + "\n" + OutlineRenderer.render(outline, style: style))
        }
    }

    private func legalBasis(act: String?, section: String?) throws -> Answer {
        guard let act else {
            if section != nil { throw ToolArguments.Invalid(description: "«section» krever «act», f.eks. act: hpl, section: § 10a") }
            let overview = try index.ask(CitedLawQuestion())
            return try answer(overview, LawRenderer.render(overview, style: style))
        }
        let reference = [act, section].compactMap { $0 }.joined(separator: " ")
        let citations = try index.ask(LawCitationQuestion(parsing: reference))
        var sources = SourceList()
        for found in citations.recommendations {
            sources.add(found.guideline, found.chapter, id: found.recommendation.id, part: nil, source: found.source)
        }
        return try answer(citations, LawRenderer.render(citations, style: style), sources)
    }

    private func answer<T: Encodable>(_ value: T, _ text: String, _ sources: SourceList = SourceList()) throws -> Answer {
        Answer(structured: try WireJSON.value(of: value), text: text + sources.text)
    }

    /// The error as the CLI would show it, without its "guide:" prefix.
    static func message(for error: Error) -> String {
        let text = "\(error)"
        return text.hasPrefix("guide: ") ? String(text.dropFirst("guide: ".count)) : text
    }
}
