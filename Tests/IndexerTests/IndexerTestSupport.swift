import Foundation
import GuideKit
@testable import GuideIndexer

/// Shared by the reader tests: locating the repository, its seed corpus and the fixtures, reading
/// a file as a `SourceDocument`, running a reader, and listing what the index would hold of a
/// guideline (to look for chrome and furniture that must not be there).
enum IndexerTestSupport {
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var fixturesDirectory: URL { repositoryRoot.appendingPathComponent("Tests/IndexerTests/Fixtures") }

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
