import Foundation
import GuideKit
@testable import GuideIndexer
import TestFixtures
import XCTest

/// Every fixture and both seeds through the whole pipeline, as `guide` reads a corpus: no site
/// chrome or page furniture anywhere in what is indexed, every article titled and with text, and
/// every diagnostic a reader gives points at a line.
final class UnseenCorpusTests: XCTestCase {
    /// Fragments that never belong in advice.
    private static let chromeFragments = [
        "Gå til hovedinnhold", "Hopp til hovedinnhold", "nettleser", "informasjonskapsler", "Forsiden", "Se tidligere versjoner",
        "Først publisert", "Siste faglige endring", "Sist faglig oppdatert", "Ekstern høring", "Høringsfrist",
        "høringssiden", "[nettdokument]", "Tilgjengelig fra", "åpne data", "Postadresse", "Personvernerklæring",
        "Følg oss", "Om Helsedirektoratet", "Last ned som PDF", "12.03.2026, 10:14", "behandling 1/3",
    ]
    /// Buttons and labels that are chrome when they are the whole text.
    private static let chromeTexts: Set<String> = [
        "Skriv ut", "Del", "Del siden", "Vis mer", "Skjul", "Til toppen", "Godta alle", "Avvis alle", "Jeg forstår",
        "Nasjonal faglig retningslinje", "Pakkeforløp", "Sterk anbefaling", "Svak anbefaling", "Anbefaling", "Råd",
    ]

    private func corpus() throws -> [(SourceDocument, Guideline?, [Diagnostic])] {
        var scanned = try CorpusScanner.scan(IndexerTestSupport.fixturesDirectory).documents
        scanned += try CorpusScanner.scan(TestFixtures.bundledCorpus).documents
        return scanned.map { document in
            var diagnostics: [Diagnostic] = []
            let guideline = StructurePipeline.guidelines(from: [document], diagnostics: &diagnostics).first
            return (document, guideline, diagnostics)
        }
    }

    func testEveryFileIsReadWithoutChrome() throws {
        let files = try corpus()
        XCTAssertGreaterThanOrEqual(files.count, 15, "fixtures and seeds: \(files.map(\.0.path))")
        for (document, guideline, _) in files {
            let g = try XCTUnwrap(guideline, "nothing read from \(document.path)")
            XCTAssertFalse(g.title.isEmpty, document.path)
            for text in IndexerTestSupport.indexedTexts(g) {
                for fragment in Self.chromeFragments where text.contains(fragment) {
                    XCTFail("\(document.path): chrome \"\(fragment)\" indexed in: \(text)")
                }
                XCTAssertFalse(Self.chromeTexts.contains(text), "\(document.path): chrome text indexed: \(text)")
                XCTAssertFalse(text.contains("\t") || text.contains("\r"), "\(document.path): raw layout in: \(text)")
            }
        }
    }

    func testEveryArticleHasATitleAndText() throws {
        for (document, guideline, _) in try corpus() {
            let g = try XCTUnwrap(guideline, document.path)
            XCTAssertFalse(g.articles.isEmpty, "\(document.path): no articles")
            for article in g.articles {
                XCTAssertFalse(article.title.trimmingCharacters(in: .whitespaces).isEmpty, "\(document.path): untitled article")
                XCTAssertFalse(article.sections.isEmpty, "\(document.path): \"\(article.title)\" has no section")
                XCTAssertFalse(article.id.isEmpty, "\(document.path): \"\(article.title)\" has no id")
            }
        }
    }

    /// Readers point at lines; only a file-level finding (no title anywhere, so the file name is
    /// used) may stand without one.
    func testDiagnosticsCarryLineNumbers() throws {
        for (document, _, diagnostics) in try corpus() {
            for diagnostic in diagnostics {
                XCTAssertEqual(diagnostic.path, document.path)
                XCTAssertTrue(diagnostic.line != nil || diagnostic.message.contains("filnavnet"),
                              "no line number: \(diagnostic)")
            }
            guard let reader = ReaderRegistry.reader(for: document) else { continue }
            let (_, own) = IndexerTestSupport.read(document, with: reader)
            XCTAssertEqual(own.filter { $0.line == nil }, [], "\(reader.name) reader on \(document.path)")
        }
    }
}
