/// How much a client may send and how long it may take, and how much the server takes on at once.
/// Past a size limit the request gets its 4xx; past a time limit the connection is dropped.
public struct ServerLimits: Sendable {
    /// Bytes of the request line ("GET /sok?q=… HTTP/1.1"), without its CRLF: past it, 414.
    public var requestLine = 8 * 1024
    /// Bytes of the whole head (request line and headers): past it, 431.
    public var head = 16 * 1024
    /// Header fields: past it, 431.
    public var headerCount = 64
    /// Bytes of a body: GET and HEAD take none, so any announced body is 413.
    public var body = 0
    /// Seconds from a request's first byte to the end of its head (slowloris): past it, dropped.
    public var headSeconds = 5.0
    /// Seconds a kept-alive connection may wait idle for its next request.
    public var idleSeconds = 5.0
    /// Open connections (served and queued): past it, a new one gets 503 and is closed.
    public var connections = 128
    /// Threads serving connections, each with its own index connection.
    public var workers = 16
    /// Questions answered at once (searches, pages, API), whatever the number of workers.
    public var concurrentQuestions = 4
    /// Requests served on one connection before it is closed.
    public var requestsPerConnection = 1000

    public init() {}
}
