/// A response with the headers every answer carries: a Content-Security-Policy that allows script
/// only from the server's own `/app.js`, `nosniff`, no referrer (a query in the address must not
/// reach lovdata.no), and no caching except for the static assets.
public struct HTTPResponse: Sendable {
    public enum Caching: Sendable {
        /// Search pages, answers, API: never stored (a shared ward PC).
        case noStore
        /// `/app.js`, `/app.css`: the same bytes as long as the server runs.
        case asset
    }

    public var status: HTTPStatus
    public var contentType: String
    public var body: [UInt8]
    public var caching: Caching = .noStore
    /// Inline `<style>` allowed: only the printable handout, which is one self-contained file.
    public var allowsInlineStyle = false
    public var extraHeaders: [(name: String, value: String)] = []

    public init(status: HTTPStatus = .ok, contentType: String, body: String) {
        self.status = status
        self.contentType = contentType
        self.body = Array(body.utf8)
    }

    public static func html(_ page: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/html; charset=utf-8", body: page)
    }

    public static func json(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "application/json; charset=utf-8", body: text)
    }

    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    static let printableContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    /// The bytes on the wire; the body left out for HEAD (its length still said).
    public func serialized(forHead: Bool, keepAlive: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(status.code) \(status.reason)\r\n"
        head += "Content-Type: \(contentType)\r\n"
        head += "Content-Length: \(body.count)\r\n"
        head += "Content-Security-Policy: \(allowsInlineStyle ? Self.printableContentSecurityPolicy : Self.contentSecurityPolicy)\r\n"
        head += "X-Content-Type-Options: nosniff\r\n"
        head += "Referrer-Policy: no-referrer\r\n"
        head += "X-Frame-Options: DENY\r\n"
        head += "Cache-Control: \(caching == .asset ? "max-age=3600" : "no-store")\r\n"
        if status == .methodNotAllowed { head += "Allow: GET, HEAD\r\n" }
        for header in extraHeaders { head += "\(header.name): \(header.value)\r\n" }
        head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n"
        head += "\r\n"
        return Array(head.utf8) + (forHead ? [] : body)
    }
}
