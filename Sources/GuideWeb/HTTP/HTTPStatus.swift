/// The statuses the server answers with, each with its reason phrase (RFC 9110).
public enum HTTPStatus: Int, Sendable {
    case ok = 200
    case badRequest = 400
    case notFound = 404
    case methodNotAllowed = 405
    case requestTimeout = 408
    case contentTooLarge = 413
    case uriTooLong = 414
    case requestHeaderFieldsTooLarge = 431
    case internalServerError = 500
    case serviceUnavailable = 503
    case httpVersionNotSupported = 505

    public var code: Int { rawValue }

    public var reason: String {
        switch self {
        case .ok: "OK"
        case .badRequest: "Bad Request"
        case .notFound: "Not Found"
        case .methodNotAllowed: "Method Not Allowed"
        case .requestTimeout: "Request Timeout"
        case .contentTooLarge: "Content Too Large"
        case .uriTooLong: "URI Too Long"
        case .requestHeaderFieldsTooLarge: "Request Header Fields Too Large"
        case .internalServerError: "Internal Server Error"
        case .serviceUnavailable: "Service Unavailable"
        case .httpVersionNotSupported: "HTTP Version Not Supported"
        }
    }

    /// What a person reads on the error page.
    public var norwegianText: String {
        switch self {
        case .ok: "OK"
        case .badRequest: "Forespørselen kunne ikke leses."
        case .notFound: "Siden finnes ikke."
        case .methodNotAllowed: "Bare GET og HEAD er tillatt."
        case .requestTimeout: "Forespørselen kom ikke fram i tide."
        case .contentTooLarge: "Forespørselen har en innholdsdel; GET og HEAD tar ingen."
        case .uriTooLong: "Adressen er for lang."
        case .requestHeaderFieldsTooLarge: "Forespørselens topptekster er for store."
        case .internalServerError: "Noe gikk galt på tjeneren."
        case .serviceUnavailable: "Tjeneren er opptatt; prøv igjen om litt."
        case .httpVersionNotSupported: "Bare HTTP/1.0 og HTTP/1.1 støttes."
        }
    }
}
