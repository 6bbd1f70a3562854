import Foundation

/// Environment variables, looked up one by one when asked rather than all copied into a dictionary
/// (ProcessInfo.environment) at every start. Tests pass their own values.
public struct Environment: Sendable {
    private let lookup: @Sendable (String) -> String?

    public init(_ values: [String: String]) {
        lookup = { values[$0] }
    }

    private init(lookup: @escaping @Sendable (String) -> String?) {
        self.lookup = lookup
    }

    /// This process's environment.
    public static let process = Environment { getenv($0).map { String(cString: $0) } }

    public subscript(name: String) -> String? { lookup(name) }
}
