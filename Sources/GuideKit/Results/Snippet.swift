/// A short excerpt of a passage with the matched words marked as ranges, so each renderer
/// (terminal, JSON, Markdown) decides how to show them.
public struct Snippet: Sendable, Hashable, Codable {
    /// Highlight bounds as offsets in Unicode scalars of `text`, end exclusive.
    public struct Highlight: Sendable, Hashable, Codable {
        public var start: Int
        public var end: Int
    }

    public var text: String
    public var highlights: [Highlight]

    public init(text: String, highlights: [Highlight]) {
        self.text = text
        self.highlights = highlights
    }

    /// The text split into plain and highlighted runs, in order.
    public var runs: [(text: String, highlighted: Bool)] {
        let scalars = Array(text.unicodeScalars)
        var runs: [(String, Bool)] = []
        var position = 0
        func slice(_ a: Int, _ b: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[a..<b])
            return String(view)
        }
        for h in highlights where h.start >= position && h.end <= scalars.count {
            if h.start > position { runs.append((slice(position, h.start), false)) }
            runs.append((slice(h.start, h.end), true))
            position = h.end
        }
        if position < scalars.count { runs.append((slice(position, scalars.count), false)) }
        return runs
    }
}
