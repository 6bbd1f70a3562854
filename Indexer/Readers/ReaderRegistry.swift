import GuideKit

/// The readers the indexer knows, and the choice between them for one document.
public enum ReaderRegistry {
    public static let all: [any GuidelineReader] = [WebPageReader(), PDFTextReader(), MarkdownReader()]

    /// The reader that fits best, or nil when none fits at all: the one that scored it, keeping
    /// what scoring found for reading this document (`GuidelineReader.assessed`).
    public static func reader(for document: SourceDocument) -> (any GuidelineReader)? {
        let scored = all.map { $0.assessed(document) }.filter { $0.fitness > 0 }
        return scored.max { $0.fitness < $1.fitness }?.reader
    }
}
