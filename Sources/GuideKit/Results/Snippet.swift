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
        var text = self.text
        return text.withUTF8 { bytes in
            func string(_ from: Int, _ to: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
            }
            // The byte offset of a scalar offset, counting on from a known pair: scalars are counted
            // by their first bytes (all but continuation bytes). Nil past the end.
            func byte(ofScalar target: Int, from known: (scalar: Int, byte: Int)) -> Int? {
                var (scalar, byte) = known
                while scalar < target {
                    guard byte < bytes.count else { return nil }
                    byte += 1
                    while byte < bytes.count && UTF8.isContinuation(bytes[byte]) { byte += 1 }
                    scalar += 1
                }
                return byte
            }
            var runs: [(String, Bool)] = []
            var position = (scalar: 0, byte: 0)
            for h in highlights where h.start >= position.scalar && h.end >= h.start {
                guard let start = byte(ofScalar: h.start, from: position),
                      let end = byte(ofScalar: h.end, from: (h.start, start)) else { continue }
                if start > position.byte { runs.append((string(position.byte, start), false)) }
                runs.append((string(start, end), true))
                position = (h.end, end)
            }
            if position.byte < bytes.count { runs.append((string(position.byte, bytes.count), false)) }
            return runs
        }
    }
}
