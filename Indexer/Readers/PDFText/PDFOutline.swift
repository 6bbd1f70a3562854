import GuideKit

/// The document's skeleton before paragraphs are built: chapters → articles → sections → lines.
struct PDFOutline: Sendable {
    struct Section: Sendable {
        var title: String?
        var kind: SectionKind
        var headingLine: Int?
        var lines: [PDFLine] = []
    }

    struct Article: Sendable {
        var kind: GuideKit.Article.Kind
        var title: String
        var firstLine: Int
        var lastLine: Int
        var sections: [Section]

        var bodyLines: [PDFLine] { sections.flatMap(\.lines) }
    }

    struct Chapter: Sendable {
        var title: String
        var firstLine: Int
        var lastLine: Int
        var articles: [Article] = []
    }

    var title = ""
    var chapters: [Chapter] = []
    /// Text lines found before any chapter or recommendation, left out of the index.
    var strayLines: [PDFLine] = []
}
