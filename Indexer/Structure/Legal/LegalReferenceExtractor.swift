import GuideKit

/// PLACEHOLDER — being written.
public enum LegalReferenceExtractor {
    /// The legal references of one article, from its text and its links, deduplicated, in reading order.
    public static func references(in article: Article) -> [LegalReference] { [] }
}
