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
        head(keepAlive: keepAlive) + (forHead ? [] : body)
    }

    /// The status line and header fields, up to and with the blank line.
    func head(keepAlive: Bool) -> [UInt8] {
        var head: [UInt8] = []
        head.reserveCapacity(512)
        head += "HTTP/1.1 \(status.code) \(status.reason)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n".utf8
        head += allowsInlineStyle ? Self.printableSecurityFields : Self.securityFields
        head += (caching == .asset ? "Cache-Control: max-age=3600\r\n" : "Cache-Control: no-store\r\n").utf8
        if status == .methodNotAllowed { head += "Allow: GET, HEAD\r\n".utf8 }
        for header in extraHeaders { head += "\(header.name): \(header.value)\r\n".utf8 }
        head += (keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n").utf8
        return head
    }

    /// The fields every response carries, encoded once.
    private static let securityFields = securityFields(policy: contentSecurityPolicy)
    private static let printableSecurityFields = securityFields(policy: printableContentSecurityPolicy)

    private static func securityFields(policy: String) -> [UInt8] {
        Array(("Content-Security-Policy: \(policy)\r\n" + "X-Content-Type-Options: nosniff\r\n"
            + "Referrer-Policy: no-referrer\r\n" + "X-Frame-Options: DENY\r\n").utf8)
    }
}
