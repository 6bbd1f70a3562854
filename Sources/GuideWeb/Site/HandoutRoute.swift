import Foundation
import GuideKit

/// `/handout?id=…&id=…`: the ticked recommendations as the printable HTML handout of `guide export`
/// (one self-contained file, so its inline style is allowed on this page only), or with `format=md` as Markdown.
enum HandoutRoute {
    static func respond(to request: HTTPRequest, answers: Answers) throws -> HTTPResponse {
        let ids = request.values("id").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !ids.isEmpty else { throw RequestError("Velg minst én anbefaling i treffene for å lage et utdelingsark.") }
        // Only ids: a word that is not one would be searched for, which the builder never asks.
        for id in ids { _ = try answers.show(id) }
        let handout = try answers.handout(ids: ids, created: NorwegianDate.format(Date()))
        if request.value("format") == "md" {
            var response = HTTPResponse(contentType: "text/markdown; charset=utf-8", body: HandoutMarkdownRenderer.render(handout))
            response.extraHeaders = [("Content-Disposition", "attachment; filename=\"utdelingsark.md\"")]
            return response
        }
        var response = HTTPResponse.html(HandoutHTMLRenderer.render(handout))
        response.allowsInlineStyle = true
        return response
    }
}
