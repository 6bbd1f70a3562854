import Foundation
import GuideIndexer
import GuideKit

/// The web site on one worker thread: routes a request to a page, `/api/…` or an asset, asking its
/// questions through this worker's own index connection. A failing question becomes a 4xx page (or
/// JSON) that says why; nothing of the request is logged.
public final class Site: RequestHandler {
    private let location: IndexLocation
    private let index: FollowedIndex
    private let failures: @Sendable (String) -> Void

    /// `failures` gets a line for a server-side failure (never the request's address or query).
    public init(location: IndexLocation, failures: @escaping @Sendable (String) -> Void) {
        self.location = location
        index = FollowedIndex(path: location.indexPath)
        self.failures = failures
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        switch request.path {
        case "/app.js": return asset(AppScript.source, type: "text/javascript; charset=utf-8")
        case "/app.css": return asset(StyleSheet.source, type: "text/css; charset=utf-8")
        case "/favicon.ico": return ErrorPage.response(.notFound)
        default: break
        }
        let isAPI = request.path == "/api" || request.path.hasPrefix("/api/")
        do {
            let answers = Answers(index: try index.current(), location: location)
            if isAPI { return try APIRoutes.respond(to: String(request.path.dropFirst("/api".count)), request, answers: answers) }
            return try PageRoutes.respond(to: request, answers: answers)
        } catch {
            let (status, message) = classify(error)
            if isAPI { return APIRoutes.error(status, message) }
            return .html(ProblemPage.page(message, title: status == .notFound ? "Fant ikke" : "Kan ikke svare"), status: status)
        }
    }

    private func asset(_ text: String, type: String) -> HTTPResponse {
        var response = HTTPResponse(contentType: type, body: text)
        response.caching = .asset
        return response
    }

    /// What the user is told: an unknown id, act or role is 404, a question the library cannot take
    /// 400, anything else 500 (and a line on stderr naming the failure, not the request).
    private func classify(_ error: Error) -> (HTTPStatus, String) {
        switch error {
        case IndexError.unknownArticle, IndexError.ambiguousArticle, is RoleQueryError, is LawQueryError:
            return (.notFound, "\(error)")
        case is RequestError, is HandoutError:
            return (.badRequest, "\(error)")
        default:
            failures("guide serve: feil: \(type(of: error)): \(error)")
            return (.internalServerError, HTTPStatus.internalServerError.norwegianText)
        }
    }
}
