import Foundation
import GuideKit
@testable import GuideIndexer

/// Seed corpus and fixture files for the web page and Markdown reader tests, and what the index
/// would hold of a guideline (to look for chrome that must not be there).
enum ReaderTestFiles {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A document named as the corpus scanner names it (path relative to the repository root).
    static func document(_ relativePath: String) throws -> SourceDocument {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent(relativePath), encoding: .utf8)
        return SourceDocument(path: relativePath, text: text)
    }

    static func fixture(_ name: String) throws -> SourceDocument {
        try document("Tests/IndexerTests/Fixtures/\(name)")
    }

    static func read(_ document: SourceDocument, with reader: any GuidelineReader) -> (Guideline?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let guideline = reader.read(document, diagnostics: &diagnostics)
        return (guideline, diagnostics)
    }

    /// Every text stored for searching: chapter and article titles, section titles, paragraphs,
    /// lead-ins and items at every depth.
    static func indexedTexts(_ guideline: Guideline) -> [String] {
        var texts: [String] = []
        func items(_ list: [ChecklistItem]) -> [String] { list.flatMap { [$0.text] + items($0.items) } }
        for chapter in guideline.chapters {
            texts.append(chapter.title)
            for article in chapter.articles {
                texts.append(article.title)
                for section in article.sections {
                    texts += [section.title].compactMap { $0 } + section.paragraphs.map(\.text)
                    for list in section.checklists { texts += [list.leadIn] + items(list.items) }
                }
            }
        }
        return texts
    }

    /// The first text holding `fragment`, for failure messages.
    static func firstText(in guideline: Guideline, containing fragment: String) -> String? {
        indexedTexts(guideline).first { $0.localizedCaseInsensitiveContains(fragment) }
    }
}
