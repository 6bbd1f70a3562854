import GuideKit

/// PLACEHOLDER — being written; reads nothing yet.
public struct PDFTextReader: GuidelineReader {
    public init() {}
    public var name: String { "pdf" }
    public func fitness(for document: SourceDocument) -> Double { 0 }
    public func read(_ document: SourceDocument, diagnostics: inout [Diagnostic]) -> Guideline? { nil }
}
