/// Reads an HTTP/1.x request head from the bytes received so far, within `ServerLimits`: a request,
/// a wait for more bytes, or the status to refuse it with. Pure (bytes in, outcome out), so that it
/// is fuzzed on its own (`Fuzz/RequestParserFuzz.swift`).
public struct RequestParser: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// The head is not complete yet (and no limit is passed).
        case incomplete
        /// A request whose head took `headLength` bytes.
        case request(HTTPRequest, headLength: Int)
        /// A request the server will not serve; the connection is closed after the answer.
        case refused(HTTPStatus)
    }

    public let limits: ServerLimits

    public init(limits: ServerLimits = ServerLimits()) {
        self.limits = limits
    }

    public func parse(_ bytes: [UInt8]) -> Outcome {
        bytes.withUnsafeBufferPointer { parse(ArraySlice($0)) }
    }

    private func parse(_ bytes: ArraySlice<UInt8>) -> Outcome {
        // The request line first: it alone decides 414, 405 and 505, before the headers arrive.
        let lineScan = bytes.prefix(limits.requestLine + 2)
        guard let lineEnd = lineScan.firstIndex(of: Self.lf) else {
            return bytes.count > limits.requestLine + 1 ? .refused(.uriTooLong) : .incomplete
        }
        let line = Self.trimmingCR(bytes[bytes.startIndex..<lineEnd])
        guard line.count <= limits.requestLine else { return .refused(.uriTooLong) }
        let requestLine: RequestLine
        switch RequestLine.parse(line) {
        case .success(let parsed): requestLine = parsed
        case .failure(let failure): return .refused(failure.status)
        }

        guard let headEnd = Self.endOfHead(bytes, from: lineEnd) else {
            return bytes.count > limits.head ? .refused(.requestHeaderFieldsTooLarge) : .incomplete
        }
        guard headEnd - bytes.startIndex <= limits.head else { return .refused(.requestHeaderFieldsTooLarge) }

        var headers: HeaderFields
        switch HeaderFields.parse(bytes[(lineEnd + 1)..<headEnd], limit: limits.headerCount) {
        case .success(let parsed): headers = parsed
        case .failure(let failure): return .refused(failure.status)
        }
        if requestLine.version == .http11 && !headers.hasHost { return .refused(.badRequest) }
        if headers.chunked || (headers.contentLength ?? 0) > limits.body { return .refused(.contentTooLarge) }
        headers.keepAlive = headers.keepAlive ?? (requestLine.version == .http11)

        guard let path = PercentDecoding.decode(requestLine.path, plusIsSpace: false), !path.contains("\0"),
              let query = PercentDecoding.formFields(requestLine.query) else { return .refused(.badRequest) }
        let request = HTTPRequest(method: requestLine.method, path: path, query: query, keepAlive: headers.keepAlive ?? false)
        return .request(request, headLength: headEnd - bytes.startIndex)
    }

    /// The index just past the blank line ending the head ("\r\n\r\n", or bare "\n" line ends).
    private static func endOfHead(_ bytes: ArraySlice<UInt8>, from lineEnd: Int) -> Int? {
        var lineStart = lineEnd + 1
        while let end = bytes[lineStart...].firstIndex(of: lf) {
            if end == lineStart || (end == lineStart + 1 && bytes[lineStart] == cr) { return end + 1 }
            lineStart = end + 1
        }
        return nil
    }

    static func trimmingCR(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.last == cr ? line.dropLast() : line
    }

    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
}
