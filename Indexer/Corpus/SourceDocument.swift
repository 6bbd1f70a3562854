import GuideKit

/// One corpus file, decoded, split into lines, with the metadata file that may stand beside it.
public struct SourceDocument: Sendable {
    /// Path as shown in diagnostics and stored as the source (relative to the corpus root's parent,
    /// e.g. "Corpus/als.txt").
    public var path: String
    /// The lines without their line breaks; line n of the file is `lines[n - 1]`.
    public var lines: [String]
    /// Facts the text itself does not state (e.g. the publisher), from `<name>.meta` beside the file.
    public var metadata: DocumentMetadata
    /// File name without extension: the guideline's id.
    public var baseName: String

    public init(path: String, lines: [String], metadata: DocumentMetadata = DocumentMetadata(), baseName: String) {
        self.path = path
        self.lines = lines
        self.metadata = metadata
        self.baseName = baseName
    }

    /// Convenience for tests and fixtures.
    public init(path: String, text: String, metadata: DocumentMetadata = DocumentMetadata()) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let base = name.split(separator: ".").first.map(String.init) ?? name
        self.init(path: path, lines: DocumentLines.split(text), metadata: metadata, baseName: base)
    }

    /// A span of 1-based lines in this document.
    public func span(_ first: Int, _ last: Int? = nil) -> SourceSpan {
        SourceSpan(path: path, firstLine: first, lastLine: last ?? first)
    }

    public func warning(_ line: Int?, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, message: message)
    }
}

enum DocumentLines {
    /// Splits on \n, \r\n and \r; a final line break does not make an extra empty line.
    /// By bytes: a line break is ASCII, so the text between two is whole UTF-8 (Foundation's
    /// replacing and a split by `Character` cost a few percent of a build).
    static func split(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0, i = 0
            while i < bytes.count {
                let byte = bytes[i]
                guard byte == 0x0A || byte == 0x0D else { i += 1; continue }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                i += byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A ? 2 : 1
                start = i
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }
}
