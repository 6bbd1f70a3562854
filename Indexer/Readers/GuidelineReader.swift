import GuideKit

/// Reads one kind of source text (web page saved as text, PDF saved as text, Markdown) into the model.
///
/// A reader builds structure only: guideline → chapters → articles → sections with paragraphs and
/// checklists, links and literature. Article ids, legal references and metadata gap-filling are
/// later passes (see `Indexer/Structure`). A reader never throws for odd input: it reports
/// `Diagnostic`s with line numbers and returns what it could read, or nil when the file holds no
/// guideline text at all.
public protocol GuidelineReader: Sendable {
    /// Short name for diagnostics ("web", "pdf", "markdown").
    var name: String { get }
    /// How well this reader fits the document, 0 (not at all) … 1 (certain). The best one reads it.
    func fitness(for document: SourceDocument) -> Double
    func read(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> Guideline?
    /// The fitness, and the reader to read this document with: one that keeps what scoring found
    /// (a PDF text's line classes), so reading does not do it again. By default `fitness` and self.
    func assessed(_ document: SourceDocument) -> (fitness: Double, reader: any GuidelineReader)
}

extension GuidelineReader {
    public func assessed(_ document: SourceDocument) -> (fitness: Double, reader: any GuidelineReader) {
        (fitness(for: document), self)
    }
}
