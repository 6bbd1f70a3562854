import GuideKit

/// From source documents to finished guidelines: pick a reader, read, then run the passes that
/// work on the model whatever the source format (metadata gaps, ids, legal references,
/// normative statements and roles).
public enum StructurePipeline {
    /// Text files one guideline each; the JSON files of the content API together, as trees of
    /// items (one guideline a product), after them. Files are read on every core, in corpus order
    /// (`GuidelineStream`, which a build drains as it writes instead of holding them all).
    public static func guidelines(from documents: [SourceDocument], diagnostics: inout [Diagnostic]) -> [Guideline] {
        let stream = GuidelineStream(documents.makeIterator())
        let guidelines = Array(stream)
        diagnostics += stream.diagnostics
        return guidelines
    }

    /// Content-API JSON, read corpus-wide rather than file by file.
    public static func isContentFile(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".json")
    }

    /// The ids the products get, in order: the address slug, or, when a text guideline or an earlier
    /// product has it, the slug and the item id (two products may share a slug).
    public static func uniqueIDs(of products: [ContentAPIReader.Product], taken: Set<String>) -> [String] {
        var seen = taken
        return products.map { product in
            if seen.insert(product.id).inserted { return product.id }
            let id = product.id + "-" + product.sourceID
            seen.insert(id)
            return id
        }
    }

    /// Products read, then finished, each under its id (`uniqueIDs`); all or an in-place update's few.
    public static func guidelines(from products: [(ContentAPIReader.Product, id: String)], diagnostics: inout [Diagnostic]) -> [Guideline] {
        var read: [Guideline] = []
        var found: [Diagnostic] = []
        for (product, id) in products {
            var guideline = ContentAPIReader.guideline(from: product, diagnostics: &found)
            guideline.id = id
            read.append(guideline)
        }
        diagnostics += found
        var finished: [Guideline] = []
        OrderedConcurrentMap.forEach(read) { guideline in
            var found: [Diagnostic] = []
            return (finish(guideline, path: guideline.source.path, diagnostics: &found), found)
        } consume: { guideline, found in
            diagnostics += found
            finished.append(guideline)
        }
        return finished
    }

    public static func guideline(from document: SourceDocument, diagnostics: inout [Diagnostic]) -> Guideline? {
        guard let reader = ReaderRegistry.reader(for: document) else {
            diagnostics.append(document.warning(nil, "ikke gjenkjent som retningslinjetekst (nettside, PDF-tekst eller Markdown); hoppet over"))
            return nil
        }
        guard var guideline = reader.read(document, diagnostics: &diagnostics) else {
            diagnostics.append(document.warning(nil, "leseren '\(reader.name)' fant ikke noe retningslinjeinnhold; hoppet over"))
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
                var article = guideline.chapters[c].articles[a]
                article.legalReferences = LegalReferenceExtractor.references(in: article)
                // After the references: a duty in the title has its basis in its recommendation's.
                article.statements = StatementExtractor(lexicon: .builtIn).statements(in: article)
                guideline.chapters[c].articles[a] = article
            }
        }
        if guideline.articles.isEmpty {
            diagnostics.append(Diagnostic(path: path, message: "fant ingen anbefalinger eller tekstavsnitt"))
        }
        return guideline
    }
}
