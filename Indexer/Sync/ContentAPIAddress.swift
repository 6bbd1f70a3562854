import Foundation

/// Where the content API ("Innholdstjenester") answers, and how its links are followed there.
/// The API's hrefs always name the production host; they are rewritten onto the configured base
/// (the path after `/innhold` kept), so the QA service or a test server is walked the same way.
public struct ContentAPIAddress: Sendable, Equatable {
    /// Production: needs its own grant from Helsedirektoratet.
    public static let production = "https://api.helsedirektoratet.no/innhold"
    /// QA: what a free key reaches.
    public static let qa = "https://api-qa.helsedirektoratet.no/innhold"
    /// The path segment every API address starts with, on both hosts.
    static let apiRoot = "/innhold"

    /// The base, without a trailing slash ("https://api.helsedirektoratet.no/innhold").
    public let base: String

    /// nil when the text is not an http(s) address.
    public init?(_ text: String) {
        var base = text.trimmingCharacters(in: .whitespaces)
        while base.hasSuffix("/") { base.removeLast() }
        guard let url = URL(string: base), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host != nil else { return nil }
        self.base = base
    }

    /// The address of an API path ("/kapitler/0006-…", "/retningslinjer?skip=0&take=100").
    public func url(_ path: String) -> URL? {
        URL(string: base + (path.hasPrefix("/") ? path : "/" + path))
    }

    /// An href from a response as an API path: "https://api.helsedirektoratet.no/innhold/kapitler/X" →
    /// "/kapitler/X". Whatever host it names, the path after `/innhold` is kept; nil for what is not an address.
    public static func path(ofHref href: String) -> String? {
        guard let components = URLComponents(string: href), !components.path.isEmpty else { return nil }
        var path = components.percentEncodedPath
        if path.hasPrefix(apiRoot + "/") { path.removeFirst(apiRoot.count) }
        guard path.hasPrefix("/"), path.count > 1 else { return nil }
        return path + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
    }
}
