import Foundation
import GuideIndexer
import GuideKit
import XCTest

/// Thread model: an `IndexStore` is not `Sendable` (it holds one SQLite connection), so each thread
/// opens its own; any number may read while the index is rebuilt, since a rebuild renames a new
/// file over the old and an open connection keeps reading the file it opened.
final class ConcurrentRebuildTests: XCTestCase {
    func testSearchesOnManyThreadsSeeTheOldOrTheNewIndexNeverAMix() throws {
        let path = try SampleGuideline.buildIndex()
        let versions = [SampleGuideline.make(), SampleGuideline.make(title: "Demo – andre utgave av samme veileder")]
        let queries = ["koordinator", "pårørende barn", "søvn ernæring", "rettslig bindende", "sosial kontakt"]
        let expected: [Set<String>] = try versions.map { version in
            try IndexBuilder.write([version], files: [], to: path)
            let index = try IndexStore(path: path)
            return Set(try queries.map { try Self.answer(index, $0) })
        }
        XCTAssertTrue(expected[0].isDisjoint(with: expected[1]), "the two versions must answer differently")
        let allowed = expected[0].union(expected[1])

        let failures = Failures(), seen = Failures()
        let stop = Flag()
        let writer = Thread {
            for round in 0..<40 {
                do { try IndexBuilder.write([versions[round % 2]], files: [], to: path) } catch { failures.add("rebuild: \(error)") }
            }
            stop.set()
        }
        writer.start()
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            var searches = 0
            while !stop.isSet || searches < 20 {
                do {
                    let index = try IndexStore(path: path)  // one per thread, fresh each time: it sees the newest file
                    for query in queries {
                        let answer = try Self.answer(index, query)
                        if !allowed.contains(answer) { failures.add("thread \(thread): a mixed answer for \(query)") }
                        seen.add(expected[0].contains(answer) ? "old" : "new")
                    }
                } catch {
                    failures.add("thread \(thread): \(error)")
                }
                searches += 1
            }
        }
        while !stop.isSet { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertEqual(failures.items, [])
        XCTAssertEqual(Set(seen.items), ["old", "new"], "the readers overlapped the rebuilds")
    }

    /// The whole answer, titles included, so a mix of the two versions cannot pass for either.
    private static func answer(_ index: IndexStore, _ query: String) throws -> String {
        try JSONRenderer.render(SearchJSON(try index.search(query)))
    }
}

private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    func add(_ item: String) { lock.withLock { storage.append(item) } }
    var items: [String] { lock.withLock { storage } }
}

private final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
