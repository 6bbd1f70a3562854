import GuideKit

/// From source documents to finished guidelines: pick a reader, read, then run the passes that
/// work on the model whatever the source format (metadata gaps, ids, legal references,
/// normative statements and roles).
public enum StructurePipeline {
    /// Text files one guideline each; the JSON files of the content API together, as trees of
    /// items (one guideline a product), after them.
    public static func guidelines(from documents: [SourceDocument], diagnostics: inout [Diagnostic]) -> [Guideline] {
        let isJSON = { (d: SourceDocument) in d.path.lowercased().hasSuffix(".json") }
        let texts = documents.filter { !isJSON($0) }.compactMap { guideline(from: $0, diagnostics: &diagnostics) }
        let content = ContentAPIReader.guidelines(from: documents.filter(isJSON), diagnostics: &diagnostics)
        var seen = Set(texts.map(\.id))
        return texts + content.map { read in
            var guideline = read
            // Two products may share an address slug; the item id tells them apart.
            if !seen.insert(guideline.id).inserted, let sourceID = guideline.sourceID {
                guideline.id += "-" + sourceID
                seen.insert(guideline.id)
            }
            return finish(guideline, path: guideline.source.path, diagnostics: &diagnostics)
        }
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
        return finish(guideline, path: document.path, diagnostics: &diagnostics)
    }

    /// The passes every read guideline goes through, whatever its format.
    static func finish(_ read: Guideline, path: String, diagnostics: inout [Diagnostic]) -> Guideline {
        var guideline = read
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
            diagnostics.append(Diagnostic(path: path, message: "no recommendations or text sections found"))
        }
        return guideline
    }
}
