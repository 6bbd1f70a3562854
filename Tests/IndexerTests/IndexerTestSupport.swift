import Foundation
import GuideKit
@testable import GuideIndexer
import TestFixtures

/// Shared by the reader tests: the seed corpus (the copy in `TestFixtures`) and the fixtures, reading
/// a file as a `SourceDocument`, running a reader, and listing what the index would hold of a
/// guideline (to look for chrome and furniture that must not be there).
enum IndexerTestSupport {
    static var fixturesDirectory: URL { TestFixtures.readerFixtures }

    /// A document named as the corpus scanner names it: a seed ("Corpus/als-samhandling-og-oppfolging.txt")
    /// read from the bundled corpus's copy, never from the checkout's `Corpus/`, or a file of the test
    /// targets ("Tests/IndexerTests/Fixtures/md-retningslinje.md").
    static func document(_ relativePath: String) throws -> SourceDocument {
        let root = relativePath.hasPrefix("Tests/") ? TestFixtures.testsDirectory.deletingLastPathComponent() : TestFixtures.directory
        let text = try String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8)
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
