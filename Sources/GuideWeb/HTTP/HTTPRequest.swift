/// A request as the server acts on it: method, decoded path, decoded query fields in order.
public struct HTTPRequest: Sendable, Equatable {
    public enum Method: String, Sendable {
        case get = "GET", head = "HEAD"
    }

    public var method: Method
    /// The path, percent-decoded ("/lov/helsepersonelloven/§ 10").
    public var path: String
    /// The query's fields, decoded as a form does ("+" is a space), in the order sent.
    public var query: [(name: String, value: String)]
    /// Whether the client asked to keep the connection open (HTTP/1.1 without "Connection: close").
    public var keepAlive: Bool

    public init(method: Method, path: String, query: [(name: String, value: String)] = [], keepAlive: Bool = false) {
        self.method = method
        self.path = path
        self.query = query
        self.keepAlive = keepAlive
    }

    /// The first value of a query field, nil when absent.
    public func value(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Every value of a query field (`id=…&id=…`).
    public func values(_ name: String) -> [String] {
        query.filter { $0.name == name }.map(\.value)
    }

    public static func == (a: HTTPRequest, b: HTTPRequest) -> Bool {
        a.method == b.method && a.path == b.path && a.keepAlive == b.keepAlive
            && a.query.map(\.name) == b.query.map(\.name) && a.query.map(\.value) == b.query.map(\.value)
    }
}
