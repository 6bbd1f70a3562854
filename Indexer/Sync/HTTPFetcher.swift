import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One GET to the content API through URLSession: the subscription key in its header, a timeout,
/// nothing cached or stored, no redirect followed (it would carry the key to wherever it points).
final class HTTPFetcher: Sendable {
    struct Response: Sendable {
        let status: Int
        let body: Data
        /// `Retry-After`, as sent (seconds or an HTTP date).
        let retryAfter: String?
    }

    /// What stopped a request before an answer came.
    struct TransportFailure: Error, Sendable {
        let description: String
        /// The request ran out of time (retried).
        let isTimeout: Bool
        /// No connection could be made at all: host unknown, refused, no network.
        let isUnreachable: Bool
    }

    /// The header the API's gateway reads the key from. The key is never logged or shown.
    static let keyHeader = "Ocp-Apim-Subscription-Key"

    private let session: URLSession
    private let key: String?

    init(key: String?, timeout: TimeInterval, connections: Int) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.httpMaximumConnectionsPerHost = connections
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
        self.key = key
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    func get(_ url: URL) async throws(TransportFailure) -> Response {
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        if let key { request.setValue(key, forHTTPHeaderField: Self.keyHeader) }
        let data: Data, response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw Self.failure(error)
        }
        guard let http = response as? HTTPURLResponse else {
            throw TransportFailure(description: "no HTTP answer", isTimeout: false, isUnreachable: false)
        }
        return Response(status: http.statusCode, body: data, retryAfter: http.value(forHTTPHeaderField: "Retry-After"))
    }

    private static func failure(_ error: any Error) -> TransportFailure {
        let code = (error as? URLError)?.code
        let unreachable: Set<URLError.Code> = [.cannotFindHost, .cannotConnectToHost, .dnsLookupFailed,
                                               .notConnectedToInternet, .unsupportedURL, .badURL]
        let description = (error as? URLError).map { "\($0.localizedDescription) (URLError \($0.code.rawValue))" } ?? "\(error)"
        return TransportFailure(description: description, isTimeout: code == .timedOut,
                                isUnreachable: code.map { unreachable.contains($0) } ?? false)
    }
}

/// Refuses every redirect: the API answers in place, and a redirect would send the key elsewhere.
/// The 3xx answer then counts as an unexpected one.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
