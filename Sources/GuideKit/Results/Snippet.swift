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

    /// Reads text in which `open`/`close` scalars mark the highlights (as FTS5's snippet() returns it).
    init(marked: String, open: Unicode.Scalar, close: Unicode.Scalar) {
        var text = String.UnicodeScalarView()
        var highlights: [Highlight] = []
        var start: Int?
        for scalar in marked.unicodeScalars {
            if scalar == open {
                start = text.count
            } else if scalar == close {
                if let s = start, text.count > s { highlights.append(Highlight(start: s, end: text.count)) }
                start = nil
            } else {
                text.append(scalar)
            }
        }
        self.init(text: String(text), highlights: highlights)
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
