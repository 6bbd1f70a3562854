/// "GET /sok?q=barn HTTP/1.1": method, origin-form target split at "?", version.
struct RequestLine {
    enum Version { case http10, http11 }

    var method: HTTPRequest.Method
    var path: ArraySlice<UInt8>
    var query: ArraySlice<UInt8>
    var version: Version

    /// 405 for a well-formed method other than GET and HEAD, 505 for another HTTP version, else 400
    /// for anything malformed (extra spaces, control bytes, a target not starting with "/").
    static func parse(_ line: ArraySlice<UInt8>) -> Result<RequestLine, HTTPStatusFailure> {
        let parts = line.split(separator: UInt8(ascii: " "), maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 3, let methodName = String(validating: parts[0], as: UTF8.self),
              !methodName.isEmpty, methodName.utf8.allSatisfy(HeaderFields.isTokenByte) else { return .failure(.init(.badRequest)) }
        let versionText = String(decoding: parts[2], as: UTF8.self)
        let version: Version
        switch versionText {
        case "HTTP/1.1": version = .http11
        case "HTTP/1.0": version = .http10
        default:
            let isHTTP = versionText.hasPrefix("HTTP/") && versionText.count == 8
            return .failure(.init(isHTTP ? .httpVersionNotSupported : .badRequest))
        }
        let target = parts[1]
        guard target.first == UInt8(ascii: "/"), target.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            return .failure(.init(.badRequest))
        }
        guard let method = HTTPRequest.Method(rawValue: methodName) else { return .failure(.init(.methodNotAllowed)) }
        let question = target.firstIndex(of: UInt8(ascii: "?"))
        return .success(RequestLine(method: method, path: target[..<(question ?? target.endIndex)],
                                    query: question.map { target[($0 + 1)...] } ?? [], version: version))
    }
}

/// A status as an `Error`, for `Result`.
struct HTTPStatusFailure: Error {
    let status: HTTPStatus
    init(_ status: HTTPStatus) { self.status = status }
}
