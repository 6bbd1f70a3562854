import Foundation
import GuideKit
@testable import GuideIndexer

/// Locating and reading the seed corpus and the PDF-text fixtures.
enum PDFTextTestSupport {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A document read from a path relative to the repository root (as the corpus scanner names it).
    static func document(_ relativePath: String) throws -> SourceDocument {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(relativePath), encoding: .utf8)
        return SourceDocument(path: relativePath, text: text)
    }

    static func fixture(_ name: String) throws -> SourceDocument {
        try document("Tests/IndexerTests/Fixtures/\(name)")
    }

    static func read(_ document: SourceDocument) -> (Guideline?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let guideline = PDFTextReader().read(document, diagnostics: &diagnostics)
        return (guideline, diagnostics)
    }

    /// Every text the index would hold: titles, paragraphs, lead-ins and items.
    static func allTexts(_ guideline: Guideline) -> [String] {
        var texts: [String] = []
        for chapter in guideline.chapters {
            texts.append(chapter.title)
            for article in chapter.articles {
                texts.append(article.title)
                for section in article.sections {
                    texts += section.paragraphs.map(\.text)
                    for list in section.checklists {
                        texts.append(list.leadIn)
                        texts += list.items.flatMap { [$0.text] + $0.items.map(\.text) }
                    }
                }
            }
        }
        return texts
    }

    /// Every source span in reading order (paragraphs, checklists, items).
    static func allSpans(_ guideline: Guideline) -> [SourceSpan] {
        guideline.articles.flatMap(\.sections).flatMap(\.blocks).flatMap { block -> [SourceSpan] in
            switch block {
            case .paragraph(let p): [p.source]
            case .checklist(let c): [c.source] + c.items.flatMap { [$0.source] + $0.items.map(\.source) }
            }
        }
    }
}
