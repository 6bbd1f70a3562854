import GuideKit

/// From source documents to finished guidelines: pick a reader, read, then run the passes that
/// work on the model whatever the source format (metadata gaps, ids, legal references,
/// normative statements and roles).
public enum StructurePipeline {
    public static func guidelines(from documents: [SourceDocument], diagnostics: inout [Diagnostic]) -> [Guideline] {
        documents.compactMap { guideline(from: $0, diagnostics: &diagnostics) }
    }

    public static func guideline(from document: SourceDocument, diagnostics: inout [Diagnostic]) -> Guideline? {
        guard let reader = ReaderRegistry.reader(for: document) else {
            diagnostics.append(document.warning(nil, "not recognized as a guideline text (web page, PDF text or Markdown); skipped"))
            return nil
        }
        guard var guideline = reader.read(document, diagnostics: &diagnostics) else {
            diagnostics.append(document.warning(nil, "no guideline content found by the \(reader.name) reader; skipped"))
            return nil
        }
        guideline.id = document.baseName
        MetadataDefaults.apply(document.metadata, to: &guideline, document: document, diagnostics: &diagnostics)
        ArticleIdentifiers.assign(&guideline)
        ChecklistLeadIns.apply(&guideline)
        ChecklistTopics.apply(&guideline)
        for c in guideline.chapters.indices {
            for a in guideline.chapters[c].articles.indices {
                let article = guideline.chapters[c].articles[a]
                guideline.chapters[c].articles[a].legalReferences = LegalReferenceExtractor.references(in: article)
                guideline.chapters[c].articles[a].statements = StatementExtractor(lexicon: .builtIn).statements(in: article)
            }
        }
        if guideline.articles.isEmpty {
            diagnostics.append(document.warning(nil, "no recommendations or text sections found"))
        }
        return guideline
    }
}
