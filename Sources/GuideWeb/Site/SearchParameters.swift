import Foundation

import GuideKit

/// The search form's fields (`q`, `rolle`, `plikt`, `retningslinje`, `limit`) as the CLI's options.
struct SearchParameters {
    var text: String
    var filter: SearchFilter
    var limit: Int
    /// A guideline id (or its start) to keep hits from; the page filters by it, the CLI has no such option.
    var guideline: String?

    init(_ request: HTTPRequest) throws(RequestError) {
        text = request.value("q") ?? ""
        let role = request.value("rolle").map(Whitespace.trimmed)
        filter = SearchFilter(obligationsOnly: request.value("plikt").map { !$0.isEmpty && $0 != "0" } ?? false,
                              role: role?.isEmpty == false ? role : nil)
        limit = try Self.limit(request)
        let chosen = request.value("retningslinje").map(Whitespace.trimmed)
        guideline = chosen?.isEmpty == false ? chosen : nil
    }

    /// `limit` from 1 to 1000 as `--limit` takes it; 10 without it.
    static func limit(_ request: HTTPRequest) throws(RequestError) -> Int {
        guard let text = request.value("limit") else { return 10 }
        guard let limit = Int(text), (1...1000).contains(limit) else {
            throw RequestError("'limit' tar et helt tall fra 1 til 1000, ikke «\(text)»")
        }
        return limit
    }
}

/// A request the site cannot answer as asked (400), with a Norwegian message.
struct RequestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
