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
    static func split(_ text: String) -> [String] {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
