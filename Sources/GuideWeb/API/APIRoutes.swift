import Foundation
import GuideKit

/// `/api/…`: the CLI's `--json` answers, rendered by the same `JSONRenderer` (with the trailing
/// newline the CLI prints), so a script gets the same bytes from either.
enum APIRoutes {
    static func respond(to path: String, _ request: HTTPRequest, answers: Answers) throws -> HTTPResponse {
        switch RoutePath(path) {
        case .exact("sok"):
            let query = try SearchParameters(request)
            // `guide search` needs a query too (a usage error there).
            guard !Whitespace.isBlank(query.text) else { throw RequestError("'q' mangler: hva skal det søkes etter?") }
            return try json(answers.search(query.text, filter: query.filter, limit: query.limit))
        case .below("rad", let id):
            return try json(answers.show(id))
        case .exact("innhold"):
            return try json(answers.contents())
        case .exact("plan"):
            return try json(answers.plan(request.value("q") ?? "", limit: try SearchParameters.limit(request)))
        case .exact("lov"):
            return try json(answers.lawOverview())
        case .below("lov", let reference):
            return try json(answers.law(LawPath.reference(reference)))
        case .exact("rolle"):
            return try json(answers.roles())
        case .below("rolle", let name):
            return try json(answers.role(name))
        default:
            return error(.notFound, HTTPStatus.notFound.norwegianText)
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> HTTPResponse {
        .json(try JSONRenderer.render(value) + "\n")
    }

    /// `{"error": "…"}` with the status.
    static func error(_ status: HTTPStatus, _ message: String) -> HTTPResponse {
        struct Failure: Encodable { let error: String }
        let text = (try? JSONRenderer.render(Failure(error: message))) ?? "{}"
        return .json(text + "\n", status: status)
    }
}
