/// Where a piece of the model was read from: a corpus file (path relative to the corpus root)
/// and the 1-based, inclusive line span in it. Every stored piece keeps one, so every answer
/// can say where it comes from.
public struct SourceSpan: Sendable, Hashable, Codable {
    public var path: String
    public var firstLine: Int
    public var lastLine: Int

    public init(path: String, firstLine: Int, lastLine: Int) {
        self.path = path
        self.firstLine = firstLine
        self.lastLine = max(firstLine, lastLine)
    }

    public init(path: String, line: Int) {
        self.init(path: path, firstLine: line, lastLine: line)
    }

    /// The smallest span covering both (same file assumed).
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(path: path, firstLine: min(firstLine, other.firstLine), lastLine: max(lastLine, other.lastLine))
    }

    /// "12-40", or "12" for a single line.
    public var lineDescription: String {
        firstLine == lastLine ? "\(firstLine)" : "\(firstLine)-\(lastLine)"
    }
}
