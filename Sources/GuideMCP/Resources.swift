import Foundation
import GuideKit

/// Every recommendation as a resource, `guide://recommendation/{id}`, read as the handout form in
/// Markdown (`guide export <id>`: statement, parts, checklists, legal basis, HØRINGSUTKAST, source).
/// `resources/list` pages through them in guideline order; the cursor is the offset of the next page.
struct Resources {
    static let scheme = "guide://recommendation/"
    static let mimeType = "text/markdown"

    let index: FollowedIndex
    let pageSize: Int

    func list(cursor: JSONValue?) throws -> [String: JSONValue] {
        let start = try Self.offset(of: cursor)
        let recommendations = try index.ask(OutlineQuestion()).flatMap { guideline in
            guideline.chapters.flatMap { chapter in chapter.recommendations.map { (guideline, $0) } }
        }
        guard start <= recommendations.count else { throw RPCError.invalidParams("Ugyldig cursor") }
        let page = recommendations[start..<min(start + pageSize, recommendations.count)]
        var result: [String: JSONValue] = ["resources": .array(page.map { guideline, recommendation in
            let draft = HearingDraftNotice.text(for: guideline)
            return ["uri": .string(Self.scheme + recommendation.id), "name": .string(recommendation.id),
                    "title": .string(recommendation.title), "mimeType": .string(Self.mimeType),
                    "description": .string([draft, guideline.title].compactMap { $0 }.joined(separator: " – "))]
        })]
        if page.endIndex < recommendations.count { result["nextCursor"] = .string(Self.cursor(for: page.endIndex)) }
        return result
    }

    func read(_ params: [String: JSONValue]) throws -> [String: JSONValue] {
        guard let uri = params["uri"]?.string else { throw RPCError.invalidParams("resources/read mangler uri") }
        guard uri.hasPrefix(Self.scheme), uri.count > Self.scheme.count else { throw RPCError.resourceNotFound(uri) }
        let id = String(uri.dropFirst(Self.scheme.count))
        // The id exactly as listed: a resource address is not a search.
        let outline = try index.ask(OutlineQuestion())
        guard outline.contains(where: { $0.chapters.contains { $0.recommendations.contains { $0.id == id } } }) else {
            throw RPCError.resourceNotFound(uri)
        }
        let handout = try index.ask(HandoutSelection(arguments: [id], limit: 1, includeRationale: true))
        return ["contents": [["uri": .string(uri), "mimeType": .string(Self.mimeType),
                              "text": .string(HandoutMarkdownRenderer.render(handout))]]]
    }

    static let templates: JSONValue = [[
        "uriTemplate": .string(scheme + "{id}"), "name": "anbefaling", "title": "En anbefaling som handout (Markdown)",
        "mimeType": .string(mimeType),
    ]]

    static func cursor(for offset: Int) -> String {
        Data("offset:\(offset)".utf8).base64EncodedString()
    }

    static func offset(of cursor: JSONValue?) throws -> Int {
        guard let cursor, cursor != .null else { return 0 }
        guard let text = cursor.string, let data = Data(base64Encoded: text),
              let decoded = String(data: data, encoding: .utf8), decoded.hasPrefix("offset:"),
              let offset = Int(decoded.dropFirst("offset:".count)), offset >= 0 else {
            throw RPCError.invalidParams("Ugyldig cursor")
        }
        return offset
    }
}
