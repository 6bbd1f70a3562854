import Foundation
import GuideKit
@testable import GuideIndexer
import TestFixtures

/// The seven real content-API responses kept as fixtures (as their client stored them: BOM,
/// indented), read as the corpus scanner reads them; never the live corpus.
enum ContentAPITestSupport {
    static let files = [
        "anbefaling-by-id.json", "innhold-by-id-rundskriv.json", "kapittel-by-id.json", "rad-by-id.json",
        "regelverk-lov-eller-forskrift-by-id.json", "retningslinje-by-id.json", "veileder-lov-forskrift-by-id.json",
    ]

    static let directory = TestFixtures.readerFixtures.appendingPathComponent("ContentAPI")

    /// A fixture as a document at "Corpus/helsedirektoratet/<name>", decoded as the scanner decodes (BOM dropped).
    static func document(_ name: String) throws -> SourceDocument {
        let data = try Data(contentsOf: directory.appendingPathComponent(name))
        return document(path: "Corpus/helsedirektoratet/\(name)", data: data)
    }

    static func document(path: String, json: String) -> SourceDocument {
        document(path: path, data: Data(json.utf8))
    }

    private static func document(path: String, data: Data) -> SourceDocument {
        var diagnostics: [Diagnostic] = []
        let text = CorpusScanner.decode(data, path: path, diagnostics: &diagnostics) ?? ""
        return SourceDocument(path: path, text: text)
    }

    /// The guidelines the whole pipeline makes of these documents, with its diagnostics.
    static func read(_ documents: [SourceDocument]) -> ([Guideline], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let guidelines = StructurePipeline.guidelines(from: documents, diagnostics: &diagnostics)
        return (guidelines, diagnostics)
    }

    static func readFixture(_ name: String) throws -> (Guideline, [Diagnostic]) {
        let (guidelines, diagnostics) = read([try document(name)])
        guard let guideline = guidelines.first, guidelines.count == 1 else {
            throw NSError(domain: "ContentAPITestSupport", code: 1, userInfo: [NSLocalizedDescriptionKey: "\(name): \(guidelines.count) guidelines"])
        }
        return (guideline, diagnostics)
    }
}
