import Foundation
import GuideIndexer
@testable import GuideKit
import TestFixtures
import XCTest

/// 100,000 generated random and adversarial queries through the query builder, and a sizeable share
/// of them through full search on the bundled corpus: no crash, no error, every term quoted.
/// `GUIDE_FUZZ_SEARCHES=100000` (set by `.ci/run`) searches all of them; the slowest query is reported.
final class QueryFuzzTests: XCTestCase {
    static let generated = 100_000
    static let defaultSearches = 5_000

    private static let index: Result<String, Error> = Result {
        let corpus = try TestFixtures.corpusCopy(label: "fuzz")
        let path = corpus.deletingLastPathComponent().appendingPathComponent("index.sqlite").path
        _ = try IndexBuilder.build(corpus: corpus, into: path)
        return path
    }

    func testQueryBuilderQuotesEveryTermOfEveryGeneratedQuery() throws {
        var slowest = (seconds: 0.0, query: "")
        var nonEmpty = 0
        for query in QueryGenerator(count: Self.generated) {
            let started = Date()
            let terms = QueryTerms(query)
            if terms.words.count > QueryTerms.maximumWords { XCTFail("\(terms.words.count) words from \(query.prefix(80).debugDescription)") }
            for word in terms.words where word.isEmpty || word.unicodeScalars.contains(where: Self.isSyntax) {
                XCTFail("unsafe word \(word.debugDescription) from \(query.prefix(80).debugDescription)")
            }
            // The expression as search builds it, with a synonym-like alternative of several stems.
            let analysis = QueryAnalysis(words: terms.words.map {
                var word = QueryAnalysis.Word(typed: $0, searched: $0)
                word.alternatives.append(terms.words.suffix(2).map(NorwegianAnalyzer.stem))
                return word
            })
            if let expression = analysis.expression {
                nonEmpty += 1
                if !Self.onlyQuotedTerms(expression) { XCTFail("expression \(expression.prefix(200)) from \(query.prefix(80).debugDescription)") }
            }
            let seconds = Date().timeIntervalSince(started)
            if seconds > slowest.seconds { slowest = (seconds, query) }
        }
        print(String(format: "query builder: %d generated queries, %d with search terms, slowest %.1f ms (%d characters)",
                     Self.generated, nonEmpty, slowest.seconds * 1000, slowest.query.count))
        XCTAssertGreaterThan(nonEmpty, Self.generated / 2, "the generator must mostly produce searchable text")
    }

    func testSearchAnswersEveryGeneratedQuery() throws {
        let count = min(Self.generated, ProcessInfo.processInfo.environment["GUIDE_FUZZ_SEARCHES"].flatMap { Int($0) } ?? Self.defaultSearches)
        let index = try IndexStore(path: try Self.index.get())
        var times: [Double] = []
        var slowest = (seconds: 0.0, query: "")
        var withHits = 0
        for query in QueryGenerator(count: count) {
            let started = Date()
            let results: SearchResults
            do {
                results = try index.search(query, limit: 5)
            } catch {
                XCTFail("\(error) for \(query.prefix(120).debugDescription)")
                continue
            }
            let seconds = Date().timeIntervalSince(started)
            times.append(seconds)
            if seconds > slowest.seconds { slowest = (seconds, query) }
            XCTAssertLessThanOrEqual(results.results.count, 5)
            for hit in results.results where hit.source.path.isEmpty || hit.recommendation == nil {
                XCTFail("hit without origin for \(query.prefix(80).debugDescription)")
            }
            if !results.results.isEmpty { withHits += 1 }
        }
        times.sort()
        let p50 = times.isEmpty ? 0 : times[times.count / 2], p99 = times.isEmpty ? 0 : times[times.count * 99 / 100]
        print(String(format: "search: %d generated queries, %d with hits; p50 %.2f ms, p99 %.2f ms, slowest %.1f ms (%d characters)",
                     count, withHits, p50 * 1000, p99 * 1000, slowest.seconds * 1000, slowest.query.count))
        // A generous bound, not a timing test: no query may hang.
        XCTAssertLessThan(slowest.seconds, 10, "slowest query: \(slowest.query.prefix(120).debugDescription)")
    }

    /// `show` and `law` take typed text too: they answer, or say the id or act is unknown; never an SQL error.
    func testShowAndLawAnswerGeneratedInput() throws {
        let index = try IndexStore(path: try Self.index.get())
        for text in QueryGenerator(seed: 0x1A3_5EED, count: 1_000) {
            for attempt in [{ _ = try index.show(id: text) }, { _ = try index.show(id: "als/" + text) },
                            { _ = try index.lawCitations(text) }, { _ = try index.lawCitations("hpl § " + text) }] {
                do {
                    try attempt()
                } catch is IndexError {
                } catch is LawQueryError {
                } catch {
                    XCTFail("\(error) for \(text.prefix(120).debugDescription)")
                }
            }
        }
    }

    /// Characters that are FTS5 or SQL syntax.
    private static func isSyntax(_ scalar: Unicode.Scalar) -> Bool {
        "\"'*^():+-{}[],;\\%_ \u{0}".unicodeScalars.contains(scalar)
    }

    /// True when, outside its quoted terms, the expression holds only OR, AND, parentheses, `*` and spaces.
    private static func onlyQuotedTerms(_ expression: String) -> Bool {
        var outside = ""
        var inQuotes = false
        var scalars = expression.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if scalar == "\"" {
                if inQuotes, pending == "\"" { pending = scalars.next(); continue }  // a doubled quote inside a term
                inQuotes.toggle()
            } else if !inQuotes {
                outside.unicodeScalars.append(scalar)
            }
        }
        guard !inQuotes else { return false }
        return outside.filter { !"()*".contains($0) }.split(separator: " ").allSatisfy { $0 == "OR" || $0 == "AND" }
    }
}
