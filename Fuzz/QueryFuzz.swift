import Foundation
import GuideIndexer
import GuideKit

// libFuzzer target: any bytes, as a query, through the query builder and full search on an index of
// the bundled corpus (built once). Built and run by `.ci/fuzz`; a crash or a thrown error is a finding.

// libFuzzer calls the target on one thread only, so the one store (connection) is never shared.
nonisolated(unsafe) private let store: IndexStore = {
    let corpus = URL(fileURLWithPath: ProcessInfo.processInfo.environment["GUIDE_FUZZ_CORPUS"] ?? "Corpus")
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("guide-fuzz-\(getpid()).sqlite").path
    do {
        _ = try IndexBuilder.build(corpus: corpus, into: path)
        return try IndexStore(path: path)
    } catch {
        fatalError("cannot build the fuzzing index: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let query = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = QueryTerms(query)
    do {
        let results = try SearchQuestion(query, limit: 5, explain: true).answer(in: store)
        precondition(results.results.count <= 5)
        _ = try AnalysisQuestion(query).answer(in: store)
    } catch {
        fatalError("search threw \(error) for \(query.debugDescription)")
    }
    return 0
}
