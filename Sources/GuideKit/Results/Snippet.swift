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
        // Highlights count scalars from the start; walk the scalars once instead of copying them.
        let scalars = text.unicodeScalars
        let total = scalars.count
        var runs: [(String, Bool)] = []
        var position = 0, index = scalars.startIndex
        for h in highlights where h.start >= position && h.end <= total {
            let start = scalars.index(index, offsetBy: h.start - position)
            let end = scalars.index(start, offsetBy: h.end - h.start)
            if h.start > position { runs.append((String(scalars[index..<start]), false)) }
            runs.append((String(scalars[start..<end]), true))
            index = end
            position = h.end
        }
        if position < total { runs.append((String(scalars[index...]), false)) }
        return runs
    }
}
