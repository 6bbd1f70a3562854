import Foundation
@testable import GuideIndexer
import GuideKit

// libFuzzer target: any bytes as a corpus file, through decoding (UTF-8 / Windows-1252 / binary),
// every reader, the structure passes and the passages search would rank. Readers must turn anything
// into a model or diagnostics.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var diagnostics: [Diagnostic] = []
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let text = CorpusScanner.decode(bytes, path: "Corpus/fuzz.txt", diagnostics: &diagnostics) else { return 0 }
    for name in ["Corpus/fuzz.txt", "Corpus/fuzz.md"] {
        let document = SourceDocument(path: name, lines: DocumentLines.split(text), baseName: "fuzz")
        for guideline in StructurePipeline.guidelines(from: [document], diagnostics: &diagnostics) {
            for article in guideline.articles { _ = article.sections.map(\.text) }
            _ = Passages.of(guideline)
        }
    }
    return 0
}
