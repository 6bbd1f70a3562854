import Foundation

/// When a failed request is tried again: exponential backoff with full jitter, a `Retry-After` the
/// server sends honoured (seconds or an HTTP date, capped), and a cap on attempts.
public struct RetryPolicy: Sendable {
    /// Attempts per request, the first included.
    public var attempts: Int
    /// The first backoff's ceiling; each further one doubles it, up to `maximumDelay`.
    public var baseDelay: Double
    public var maximumDelay: Double
    /// A `Retry-After` longer than this is waited only this long (and the request may fail again).
    public var maximumRetryAfter: Double

    public init(attempts: Int = 6, baseDelay: Double = 0.25, maximumDelay: Double = 30, maximumRetryAfter: Double = 120) {
        self.attempts = attempts
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.maximumRetryAfter = maximumRetryAfter
    }

    /// Seconds to wait after the `attempt`-th attempt (from 1) failed.
    func delay(after attempt: Int, retryAfter: String?, now: Date = Date()) -> Double {
        let ceiling = min(maximumDelay, baseDelay * pow(2, Double(max(0, attempt - 1))))
        // Full jitter: requests that failed together do not come back together.
        let jitter = Double.random(in: 0...ceiling)
        guard let retryAfter, let asked = Self.seconds(retryAfter: retryAfter, now: now) else { return jitter }
        return min(asked, maximumRetryAfter) + Double.random(in: 0...baseDelay)
    }

    /// `Retry-After` in seconds: "120" or "Wed, 21 Oct 2015 07:28:00 GMT"; nil when it is neither.
    static func seconds(retryAfter value: String, now: Date) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(text), seconds >= 0, seconds.isFinite { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
