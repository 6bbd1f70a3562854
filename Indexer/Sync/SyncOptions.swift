import Foundation

/// How `guide sync` talks to the content API.
public struct SyncOptions: Sendable {
    public var address: ContentAPIAddress
    /// The subscription key (`GUIDE_HAPI_KEY`); nil sends none (the API then answers 401).
    public var key: String?
    /// Requests in flight at once.
    public var jobs: Int
    /// Seconds a request may wait for its answer before it is retried.
    public var timeout: Double
    public var retry: RetryPolicy
    /// Walk every product even when the change feed could be asked.
    public var full: Bool
    /// Seconds between progress events (a terminal updates its line more often than a log).
    public var progressInterval: Double

    public init(address: ContentAPIAddress, key: String?, jobs: Int = 8, timeout: Double = 30,
                retry: RetryPolicy = RetryPolicy(), full: Bool = false, progressInterval: Double = 5) {
        self.address = address
        self.key = key
        self.jobs = jobs
        self.timeout = timeout
        self.retry = retry
        self.full = full
        self.progressInterval = progressInterval
    }
}
