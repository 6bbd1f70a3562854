import Foundation
import GuideIndexer
@testable import GuideKit
import TestFixtures
import XCTest

/// What the writer made from the passages as it wrote them is what FTS5 makes of the rows with the
/// same tokenizer: the posting lists equal FTS5's own token instances (fts5vocab), the passage
/// lengths its column sizes, the passages holding each term those `passages_fts` keeps, and the
/// rows are the model's passages in order. The index's own `passages_fts` keeps no positions or
/// sizes (`detail=none, columnsize=0`), so the reference is a full FTS5 table built here.
final class IndexContentsTests: XCTestCase {
    func testPostingListsAreFTS5sInstances() throws {
        let index = try FTS5Reference.copy(of: try TestCorpus.bundledIndex().path)
        try index.db.execute("CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, \(FTS5Reference.table), instance)")
        // term → passage → (heading, text) occurrences, as FTS5 indexed them.
        var fts5: [String: [Int: [Int]]] = [:]
        for row in try index.db.rows("SELECT term, doc, col, count(*) FROM temp.instances GROUP BY term, doc, col") {
            let term = try XCTUnwrap(row.string(0)), passage = try XCTUnwrap(row.int(1)), count = try XCTUnwrap(row.int(3))
            let column = row.string(2) == "heading" ? 0 : 1
            fts5[term, default: [:]][passage, default: [0, 0]][column] = count
        }
        var ours: [String: [Int: [Int]]] = [:]
        for row in try index.db.rows("SELECT term, data FROM postings") {
            guard let term = row.string(0), case .blob(let bytes) = row[1] else { return XCTFail("unreadable postings row") }
            bytes.withUnsafeBytes { buffer in
                PostingList.forEach(in: buffer) { passage, heading, text in ours[term, default: [:]][passage] = [heading, text] }
            }
        }
        XCTAssertGreaterThan(fts5.count, 1000, "too few terms for the test to mean much")
        XCTAssertEqual(Set(ours.keys), Set(fts5.keys))
        for (term, passages) in fts5 where ours[term] != passages {
            XCTFail("posting list of \(term.debugDescription): \(ours[term] ?? [:]), FTS5: \(passages)")
        }
        // The index's own FTS5 table (detail=none) knows the same passages for each term.
        try index.db.execute("CREATE VIRTUAL TABLE temp.kept USING fts5vocab(main, passages_fts, instance)")
        defer { try? index.db.execute("DROP TABLE temp.kept") }
        var kept: [String: Set<Int>] = [:]
        for row in try index.db.rows("SELECT term, doc FROM temp.kept") {
            kept[try XCTUnwrap(row.string(0)), default: []].insert(try XCTUnwrap(row.int(1)))
        }
        XCTAssertEqual(kept, fts5.mapValues { Set($0.keys) })
    }

    func testPassageLengthsAreFTS5sColumnSizes() throws {
        let index = try FTS5Reference.copy(of: try TestCorpus.bundledIndex().path)
        var sizes: [Int: Int] = [:]
        for row in try index.db.rows("SELECT id, sz FROM \(FTS5Reference.table)_docsize") {
            guard let id = row.int(0), case .blob(let bytes) = row[1] else { return XCTFail("unreadable docsize row") }
            sizes[id] = Self.sqliteVarints(bytes).reduce(0, +)
        }
        let lengths = try index.passageLengths().byID
        XCTAssertEqual(sizes.count, try index.db.firstRow("SELECT count(*) FROM passages")?.int(0))
        XCTAssertEqual(try index.storedPassageCount(), sizes.count)
        XCTAssertEqual(lengths.count, (sizes.keys.max() ?? 0) + 1)
        for (id, length) in lengths.enumerated() {
            XCTAssertEqual(length, sizes[id] ?? 0, "passage \(id)")
        }
    }

    /// The rows are the structure pass's passages of the same corpus, in id order, each under the
    /// section and checklist rows it came from.
    func testPassagesAreTheModelsPassages() throws {
        let scan = try CorpusScanner.scan(TestFixtures.bundledCorpus)
        var diagnostics: [Diagnostic] = []
        let passages = StructurePipeline.guidelines(from: scan.documents, diagnostics: &diagnostics).flatMap(Passages.of)
        let rows = try TestCorpus.bundledIndex().db.rows("""
            SELECT a.id, s.ordinal, c.ordinal, p.kind, t.heading, t.text, p.first_line, p.last_line
            FROM passages p JOIN articles a ON a.key = p.article JOIN passages_content t ON t.id = p.id
            JOIN sections s ON s.id = p.section_id LEFT JOIN checklists c ON c.id = p.checklist_id ORDER BY p.id
            """)
        XCTAssertGreaterThan(passages.count, 20)
        XCTAssertEqual(rows.count, passages.count)
        for (row, passage) in zip(rows, passages) {
            let stored = [row.string(0), row.int(1).map(String.init), row.int(2).map(String.init), row.string(3), row.string(4),
                          row.string(5), row.int(6).map(String.init), row.int(7).map(String.init)]
            let made = [passage.articleID, String(passage.section), passage.checklist.map(String.init), passage.kind.rawValue,
                        passage.heading, passage.text, String(passage.source.firstLine), String(passage.source.lastLine)]
            XCTAssertEqual(stored, made)
        }
        XCTAssertTrue(passages.contains { $0.heading.contains(" — ") }, "a section's title joins the article's")
    }

    /// A statement's text reads back as the sentence the structure pass made, also where only its
    /// place in the section's text is stored (most sentences).
    func testStatementsReadBackTheirSentences() throws {
        let scan = try CorpusScanner.scan(TestFixtures.bundledCorpus)
        var diagnostics: [Diagnostic] = []
        let articles = StructurePipeline.guidelines(from: scan.documents, diagnostics: &diagnostics)
            .flatMap { $0.chapters.flatMap(\.articles) }
        let index = try TestCorpus.bundledIndex()
        XCTAssertGreaterThan(articles.count, 5)
        for article in articles {
            XCTAssertEqual(try index.statements(articleID: article.id).map(\.text), article.statements.map(\.text), article.id)
        }
        let stored = try index.db.firstRow("SELECT count(text) FROM statements")?.int(0) ?? 0
        XCTAssertLessThan(stored, try index.db.firstRow("SELECT count(*) FROM statements")?.int(0) ?? 0)
    }

    /// A role mention's words and a checklist item's text read back as the structure pass made
    /// them, though neither is stored where its place in the statement or section says it.
    func testRoleMentionsAndChecklistItemsReadBackTheirWords() throws {
        let scan = try CorpusScanner.scan(TestFixtures.bundledCorpus)
        var diagnostics: [Diagnostic] = []
        let articles = StructurePipeline.guidelines(from: scan.documents, diagnostics: &diagnostics)
            .flatMap { $0.chapters.flatMap(\.articles) }
        let index = try TestCorpus.bundledIndex()
        func flattened(_ items: [ChecklistItem]) -> [String] { items.flatMap { [$0.text] + flattened($0.items) } }
        var mentions = 0, items = 0
        for article in articles {
            let made = article.statements.flatMap(\.roles)
            XCTAssertEqual(try index.roleMentions(articleID: article.id).map(\.mention), made, article.id)
            let madeItems = article.sections.flatMap(\.checklists).map { flattened($0.items).sorted() }
            let storedItems = try index.checklists(articleID: article.id).map { try index.items(checklistID: $0.id ?? -1).map(\.text).sorted() }
            XCTAssertEqual(storedItems, madeItems, article.id)
            mentions += made.count
            items += madeItems.joined().count
        }
        XCTAssertGreaterThan(mentions, 20, "too few role mentions for the test to mean much")
        XCTAssertGreaterThan(items, 20, "too few checklist items for the test to mean much")
        XCTAssertLessThan(try index.db.firstRow("SELECT count(text) FROM role_mentions")?.int(0) ?? 0, mentions)
        XCTAssertLessThan(try index.db.firstRow("SELECT count(text) FROM checklist_items")?.int(0) ?? 0, items)
    }

    /// SQLite's varints (FTS5's docsize): big-endian groups of seven bits, the high bit set on every
    /// byte but the last; a ninth byte carries eight.
    private static func sqliteVarints(_ bytes: [UInt8]) -> [Int] {
        var values: [Int] = [], offset = 0
        while offset < bytes.count {
            var value = 0
            for i in 0..<9 where offset < bytes.count {
                let byte = Int(bytes[offset])
                offset += 1
                if i == 8 { value = value << 8 | byte; break }
                value = value << 7 | byte & 0x7F
                if byte < 0x80 { break }
            }
            values.append(value)
        }
        return values
    }
}
