import Foundation
import GuideKit

/// The pages: addresses in Norwegian that can be bookmarked (`/sok?q=…`, `/rad/ID`, `/lov/ACT/§`).
enum PageRoutes {
    static func respond(to request: HTTPRequest, answers: Answers) throws -> HTTPResponse {
        switch RoutePath(request.path) {
        case .root, .exact("sok"):
            return try search(request, answers: answers)
        case .below("rad", let id):
            return .html(RecommendationPage.page(try answers.show(id).recommendation))
        case .exact("innhold"):
            return .html(ContentsPage.page(try answers.contents()))
        case .exact("plan"):
            let situation = request.value("q") ?? ""
            let answer = Whitespace.isBlank(situation) ? nil : try answers.plan(situation, limit: 10)
            return .html(PlanPage.page(answer, situation: situation))
        case .exact("lov"):
            if let typed = request.value("q"), !Whitespace.isBlank(typed) {
                return .html(LawPage.citations(try answers.law(typed), reference: typed))
            }
            return .html(LawPage.overview(try answers.lawOverview()))
        case .below("lov", let rest):
            let reference = LawPath.reference(rest)
            return .html(LawPage.citations(try answers.law(reference), reference: reference))
        case .exact("rolle"):
            if let name = request.value("navn"), !Whitespace.isBlank(name) {
                return .html(RolePage.tasks(try answers.role(name), name: name))
            }
            return .html(RolePage.overview(try answers.roles()))
        case .below("rolle", let name):
            return .html(RolePage.tasks(try answers.role(name), name: name))
        case .exact("handout"):
            return try HandoutRoute.respond(to: request, answers: answers)
        default:
            return ErrorPage.response(.notFound)
        }
    }

    /// The search page, or with `fragment=1` only its hits (what `app.js` fetches).
    static func search(_ request: HTTPRequest, answers: Answers) throws -> HTTPResponse {
        let parameters = try SearchParameters(request)
        let asked = !Whitespace.isBlank(parameters.text)
        let isFragment = request.value("fragment") == "1"
        // The hits and the filter's guidelines from one read transaction.
        let (answer, guidelines) = try answers.together { answers in
            // A guideline filter keeps that guideline's hits among more of them, then the first `limit`.
            (asked ? try answers.search(parameters.text, filter: parameters.filter,
                                        limit: parameters.guideline == nil ? parameters.limit : 1000) : nil,
             isFragment ? [] : try answers.guidelines())
        }
        let hits = answer.map { found in
            Array(found.results.filter { hit in parameters.guideline.map { hit.guideline.id == $0 } ?? true }.prefix(parameters.limit))
        } ?? []
        let results = answer.map { SearchPage.results($0, hits: hits, asked: asked) } ?? ""
        if isFragment { return .html(results) }
        let choices = SearchPage.Choices(query: parameters.text, role: request.value("rolle") ?? "",
                                         obligationsOnly: parameters.filter.obligationsOnly, guideline: parameters.guideline ?? "",
                                         guidelines: guidelines)
        return .html(SearchPage.page(choices, results: results))
    }
}
