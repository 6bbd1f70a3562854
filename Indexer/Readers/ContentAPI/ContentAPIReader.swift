import GuideKit

/// Reads content-API JSON into the model: one guideline per tree of `ContentTree` — the product
/// (or an item whose parent is not in the corpus) → chapters (nested chapters follow their parent,
/// each with its own text as a text article) → units (anbefaling, råd: recommendations; veiledning,
/// regelverk and any other type: text articles) → their parts (`ContentSections`). Items below a
/// unit (dose regimes under a treatment …) are read into the unit, under their own titles.
///
/// Not a `GuidelineReader`: one guideline comes from many files, so the pipeline hands it every
/// JSON document of the corpus at once.
public enum ContentAPIReader {
    public static let publisher = "Helsedirektoratet"
    /// The content API's licence (Norsk lisens for offentlige data), which asks for credit beside the text.
    public static let licence = "NLOD 2.0"

    /// One tree of items, assembled but not yet read: what an in-place update needs to find the
    /// products a changed file belongs to without reading every product's HTML.
    public struct Product {
        let root: ContentTree.Node
        /// The id a guideline read from it gets, unless another guideline has it (`StructurePipeline`).
        public var id: String { ContentAPIReader.identifier(root.item) }
        /// The content API's id of its root item.
        public var sourceID: String { root.item.id }
        /// Every corpus file its items were read from.
        public let files: Set<String>

        init(root: ContentTree.Node) {
            self.root = root
            files = root.paths
        }
    }

    public static func guidelines(from documents: [SourceDocument], diagnostics: inout [Diagnostic]) -> [Guideline] {
        products(from: documents, diagnostics: &diagnostics).map { guideline(from: $0, diagnostics: &diagnostics) }
    }

    /// The trees of every item of the documents, in the order a build reads them.
    public static func products(from documents: [SourceDocument], diagnostics: inout [Diagnostic]) -> [Product] {
        let items = documents.flatMap { ContentFile.items(in: $0, diagnostics: &diagnostics) }
        let tree = ContentTree(items: items, diagnostics: &diagnostics)
        return tree.roots.map(Product.init)
    }

    public static func guideline(from product: Product, diagnostics: inout [Diagnostic]) -> Guideline {
        var guideline = guideline(from: product.root, diagnostics: &diagnostics)
        guideline.sourceFiles = product.files.sorted()
        return guideline
    }

    static func guideline(from root: ContentTree.Node, diagnostics: inout [Diagnostic]) -> Guideline {
        let item = root.item
        let source = SourceSpan(path: item.path, line: item.line)
        let isProduct = item.type.map(ContentProduct.isProductType) == true
        // A fragment (its product not in the corpus) is cited under its product's title.
        let productLink = isProduct ? nil : item.rootLink
        let productType = isProduct ? item.type : productLink?.type ?? item.type
        var guideline = Guideline(id: identifier(item), title: productLink?.title ?? title(item), publisher: publisher,
                                  kind: productType.map { ContentProduct.names[$0] ?? $0 }, status: status(item),
                                  url: item.url, firstPublished: ContentDates.written(item.firstPublished),
                                  lastChanged: ContentDates.written(item.lastChangedProfessionally ?? item.lastUpdated),
                                  sourceID: item.id, licence: licence, source: source)
        if isProduct == false, item.parentLink == nil, let type = item.type {
            diagnostics.append(Diagnostic(path: item.path, line: item.line, message: "ukjent produkttype \"\(type)\"; lest som tekst"))
        }
        var reader = ChapterCollector()
        if isProduct || ContentProduct.isChapter(item.type) || item.parentLink == nil {
            let chapterTitle = isProduct ? guideline.title : title(item)
            reader.readChapter(root, title: chapterTitle, diagnostics: &diagnostics)
        } else {
            reader.readUnits([root], chapterTitle: item.parentLink?.title ?? title(item), source: source, diagnostics: &diagnostics)
        }
        guideline.chapters = reader.chapters.enumerated().map { offset, chapter in
            var numbered = chapter
            numbered.number = offset + 1
            return numbered
        }
        if guideline.articles.isEmpty, let pdf = firstAttachment(root) {
            guideline.url = guideline.url ?? pdf.uri
            diagnostics.append(Diagnostic(path: item.path, line: item.line,
                                          message: "bare en PDF (\(pdf.title ?? guideline.title): \(pdf.uri)); teksten er ikke indeksert"))
        }
        return guideline
    }

    /// The address's last part ("langtids-mekanisk-ventilasjon-ltmv"), else the item id.
    static func identifier(_ item: ContentItem) -> String {
        let slug = item.url?.split(separator: "?").first?.split(separator: "/").last.map { $0.lowercased() }
        guard let slug, !slug.isEmpty, !slug.contains("."), slug.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            return item.id
        }
        return slug
    }

    static func title(_ item: ContentItem) -> String {
        item.title.isEmpty ? item.shortTitle ?? item.id : item.title
    }

    /// A hearing draft by its status, title or address; "Gjeldende" never is.
    static func status(_ item: ContentItem) -> GuidelineStatus {
        let status = item.status?.lowercased() ?? ""
        if status == "gjeldende" { return .published }
        let url = item.url?.lowercased() ?? ""
        if status.contains("høring") || status.contains("horing") || item.title.lowercased().contains("høringsutkast")
            || url.contains("horingsutkast") || url.contains("/horing") {
            return .hearingDraft()
        }
        return .published
    }

    private static func firstAttachment(_ node: ContentTree.Node) -> ContentItem.Attachment? {
        node.item.attachments.first ?? node.children.lazy.compactMap(firstAttachment).first
    }
}

/// Collects chapters in reading order while the tree is walked.
private struct ChapterCollector {
    var chapters: [Chapter] = []

    /// A chapter (or the product): its own text as a text article, its units as articles, then its
    /// nested chapters as chapters of their own. Chapters with nothing to read are left out.
    mutating func readChapter(_ node: ContentTree.Node, title: String, diagnostics: inout [Diagnostic]) {
        let source = SourceSpan(path: node.item.path, line: node.item.line)
        let position = chapters.count
        var chapter = Chapter(number: 0, title: title, source: source)
        let own = ContentSections.read(node.item, statementKind: .other, diagnostics: &diagnostics)
        if !own.sections.isEmpty {
            chapter.articles.append(Article(kind: .text, title: title, url: node.item.url, sections: own.sections,
                                            links: own.links + attachmentLinks(node.item, source), source: source))
        }
        var nested: [ContentTree.Node] = []
        for child in node.children {
            if ContentProduct.isChapter(child.item.type) || child.item.type.map(ContentProduct.isProductType) == true {
                nested.append(child)
            } else {
                chapter.articles.append(article(child, diagnostics: &diagnostics))
            }
        }
        if !chapter.articles.isEmpty { chapters.insert(chapter, at: position) }
        for child in nested { readChapter(child, title: ContentAPIReader.title(child.item), diagnostics: &diagnostics) }
    }

    /// Units without a chapter of their own in the corpus, in one chapter.
    mutating func readUnits(_ nodes: [ContentTree.Node], chapterTitle: String, source: SourceSpan, diagnostics: inout [Diagnostic]) {
        let articles = nodes.map { article($0, diagnostics: &diagnostics) }
        chapters.append(Chapter(number: 0, title: chapterTitle, articles: articles, source: source))
    }

    /// A unit and everything below it, as one article.
    private func article(_ node: ContentTree.Node, diagnostics: inout [Diagnostic]) -> Article {
        let item = node.item
        let source = SourceSpan(path: item.path, line: item.line)
        let isRecommendation = ContentProduct.isRecommendation(item.type)
        var read = ContentSections.read(item, statementKind: isRecommendation ? .recommendation : .other, diagnostics: &diagnostics)
        read.links += attachmentLinks(item, source)
        append(node.children, to: &read, diagnostics: &diagnostics)
        return Article(kind: isRecommendation ? .recommendation : .text, title: ContentAPIReader.title(item), url: item.url,
                       sections: read.sections, links: read.links, source: source)
    }

    /// Items below a unit: their parts as sections titled with the item's title, depth first.
    private func append(_ children: [ContentTree.Node], to result: inout ContentSections.Result, diagnostics: inout [Diagnostic]) {
        for child in children {
            let title = ContentAPIReader.title(child.item)
            let read = ContentSections.read(child.item, statementKind: .other, diagnostics: &diagnostics)
            result.sections += read.sections.map { section in
                var titled = section
                titled.title = section.title.map { "\(title) — \($0)" } ?? title
                if titled.kind == .recommendation { titled.kind = .other }
                return titled
            }
            result.links += read.links + attachmentLinks(child.item, SourceSpan(path: child.item.path, line: child.item.line))
            append(child.children, to: &result, diagnostics: &diagnostics)
        }
    }

    private func attachmentLinks(_ item: ContentItem, _ source: SourceSpan) -> [Link] {
        item.attachments.map { Link(text: $0.title, url: $0.uri, source: source) }
    }
}
