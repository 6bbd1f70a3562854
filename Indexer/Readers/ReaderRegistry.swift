import GuideKit

/// The readers the indexer knows, and the choice between them for one document.
public enum ReaderRegistry {
    public static let all: [any GuidelineReader] = [WebPageReader(), PDFTextReader(), MarkdownReader()]

    /// The reader that fits best, or nil when none fits at all.
    public static func reader(for document: SourceDocument) -> (any GuidelineReader)? {
        let scored = all.map { ($0, $0.fitness(for: document)) }.filter { $0.1 > 0 }
        return scored.max { $0.1 < $1.1 }?.0
    }
}
