import Foundation
import GuideKit
import XCTest

/// The thread model `IndexStore` documents: one store per thread, never shared. Several threads,
/// each with its own store and its own per-connection caches, answer every question exactly as
/// one thread does.
final class ConcurrentSearchTests: XCTestCase {
    private static let queries = [
        "koordinator", "pårørende barn", "parorende", "koordinatr", "oppfølgingsplan", "ALS", "ernæring og søvn",
        "hjelpemidler", "\"*^()", "helsepersonelloven", "individuell plan", "sengeliggende tåler ikke lys og lyd",
    ]

    func testThreadsWithAStoreEachAnswerAsOneThreadDoes() throws {
        let path = try TestCorpus.bundledIndexPath.get()
        let alone = try Self.answers(IndexStore(path: path))
        let results = Answers()
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            do {
                let store = try IndexStore(path: path)
                // Each thread asks in its own order, so the caches fill differently.
                for round in 0..<3 {
                    results.add(thread, round, try Self.answers(store, rotatedBy: thread + round))
                }
            } catch {
                results.add(thread, -1, ["\(error)"])
            }
        }
        XCTAssertEqual(results.all.count, 12)
        for (key, answers) in results.all {
            XCTAssertEqual(answers, alone, "thread \(key.thread), round \(key.round)")
        }
    }

    /// Search (with --explain and a filter), show, plan and law answers, as JSON, in query order.
    private static func answers(_ store: IndexStore, rotatedBy shift: Int = 0) throws -> [String] {
        let order = queries.indices.map { (shift + $0) % queries.count }
        var out = Array(repeating: "", count: queries.count)
        for i in order {
            let query = queries[i]
            var answer = try JSONRenderer.render(SearchJSON(try SearchQuestion(query, limit: 5, explain: true).answer(in: store)))
            answer += try JSONRenderer.render(SearchJSON(try SearchQuestion(query, filter: SearchFilter(obligationsOnly: true)).answer(in: store)))
            answer += try JSONRenderer.render(try PlanQuestion(situation: query, limit: 3).answer(in: store))
            out[i] = answer
        }
        out.append(try JSONRenderer.render(ShowJSON(try RecommendationQuestion(id: "als/1.3").answer(in: store))))
        out.append(try JSONRenderer.render(try LawCitationQuestion(parsing: "hpl § 10a").answer(in: store)))
        return out
    }
}

private final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Key: [String]] = [:]
    struct Key: Hashable { let thread: Int, round: Int }
    func add(_ thread: Int, _ round: Int, _ answers: [String]) { lock.withLock { storage[Key(thread: thread, round: round)] = answers } }
    var all: [Key: [String]] { lock.withLock { storage } }
}
