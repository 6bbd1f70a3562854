/// A problem found while reading the corpus, reported as `path:line: advarsel: message`.
/// Recoverable problems never stop the other files.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case warning
        case error

        /// As a diagnostic line says it, in Norwegian (the raw value stays the technical name).
        public var word: String {
            switch self {
            case .warning: "advarsel"
            case .error: "feil"
            }
        }
    }

    public var path: String
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int? = nil, severity: Severity = .warning, message: String) {
        self.path = path
        self.line = line
        self.severity = severity
        self.message = message
    }

    public var description: String {
        let location = line.map { "\(path):\($0)" } ?? path
        return "\(location): \(severity.word): \(message)"
    }
}
