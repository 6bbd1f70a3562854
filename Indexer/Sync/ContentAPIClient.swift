import Foundation

/// Requests to the content API with retries: 429, 5xx, timeouts, dropped connections and bodies
/// that are not the API's JSON (a truncated answer) are tried again after `RetryPolicy`'s delay;
/// 401/403 stop at once (the key), and so does a first request that reaches nothing.
struct ContentAPIClient: Sendable {
    enum Answer<Value: Sendable>: Sendable {
        /// 200 with a body `read` took: the bytes exactly as sent, and what was read from them.
        case body(Data, Value)
        /// 404 or 410: the item is no longer published.
        case gone(status: Int)
    }

    enum Failure: Error, Sendable {
        /// 401 or 403: the key is missing, wrong or not granted this service.
        case refused(status: Int)
        /// No connection could be made (first request only; later ones are retried).
        case unreachable(String)
        /// The answers were never the API's JSON.
        case notContentJSON(String)
        /// Given up: the last status or problem, after `attempts` attempts.
        case failed(String)
    }

    let address: ContentAPIAddress
    let fetcher: HTTPFetcher
    let retry: RetryPolicy

    /// GETs the path until it answers usably or the attempts run out. `first` marks the request that
    /// checks key and address before anything is written: an unreachable host fails it at once, and
    /// a body that is not the API's JSON after two tries.
    func get<Value: Sendable>(_ path: String, first: Bool = false,
                              read: (Data) throws(ContentAPIJSON.NotContentJSON) -> Value) async throws(Failure) -> Answer<Value> {
        guard let url = address.url(path) else { throw .failed("not an address: \(path)") }
        let attempts = max(1, first ? min(retry.attempts, 2) : retry.attempts)
        var lastProblem = ""
        for attempt in 1...attempts {
            var retryAfter: String?
            do {
                let response = try await fetcher.get(url)
                switch response.status {
                case 200:
                    do {
                        return .body(response.body, try read(response.body))
                    } catch {
                        lastProblem = error.why + " (\(response.body.count) bytes)"
                        if attempt == attempts { throw Failure.notContentJSON(lastProblem) }
                    }
                case 401, 403:
                    throw Failure.refused(status: response.status)
                case 404, 410:
                    return .gone(status: response.status)
                case 429, 500, 502, 503, 504:
                    lastProblem = "HTTP \(response.status)"
                    retryAfter = response.retryAfter
                default:
                    throw Failure.failed("HTTP \(response.status)")
                }
            } catch let failure as HTTPFetcher.TransportFailure {
                if first && failure.isUnreachable { throw .unreachable(failure.description) }
                lastProblem = failure.description
            } catch let failure as Failure {
                throw failure
            } catch {
                throw .failed("\(error)")
            }
            guard attempt < attempts else { break }
            let seconds = retry.delay(after: attempt, retryAfter: retryAfter)
            try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
        }
        throw .failed(lastProblem + " after \(attempts) attempts")
    }
}
