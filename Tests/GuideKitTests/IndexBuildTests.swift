import GuideIndexer
import GuideKit
import XCTest

final class IndexBuildTests: XCTestCase {
    func testSchemaVersionIsStored() throws {
        let path = try SampleGuideline.buildIndex()
        let db = try Database(path: path, mode: .readOnly)
        XCTAssertEqual(try db.userVersion, IndexSchema.version)
        XCTAssertEqual(IndexFileKind.of(path), .index)
    }

    /// The builder's own guard, for every caller: a file it did not make is never written over.
    func testBuilderRefusesAFileThatIsNotItsIndex() throws {
        let directory = URL(fileURLWithPath: try SampleGuideline.buildIndex()).deletingLastPathComponent()
        let notes = directory.appendingPathComponent("notater.txt")
        try Data("Notater.".utf8).write(to: notes)
        XCTAssertThrowsError(try IndexBuilder.write([SampleGuideline.make()], files: [], to: notes.path)) { error in
            XCTAssertEqual((error as? NotAnIndexError)?.kind, .notSQLite, "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: notes), Data("Notater.".utf8))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["index.sqlite", "notater.txt"])
    }

    func testIndexOfAnotherSchemaVersionIsRefusedWithAnInstruction() throws {
        let path = try SampleGuideline.buildIndex()
        try Database(path: path, mode: .readWrite).execute("PRAGMA user_version = 999")
        XCTAssertThrowsError(try IndexStore(path: path)) { error in
            XCTAssertTrue("\(error)".contains("guide index"), "\(error)")
        }
    }

    func testFileThatIsNotAnIndexIsRefused() throws {
        let path = try SampleGuideline.buildIndex()
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try IndexStore(path: path)) { error in
            XCTAssertTrue("\(error)".contains("kan ikke bruke indeksen"), "\(error)")
        }
    }

    func testFailedBuildLeavesThePreviousIndexIntact() throws {
        let path = try SampleGuideline.buildIndex()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        // Two guidelines with the same id violate the primary key half-way through the build.
        XCTAssertThrowsError(try IndexBuilder.write([SampleGuideline.make(), SampleGuideline.make()], files: [], to: path))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["index.sqlite"], "temporary files left behind")
        XCTAssertEqual(try IndexStore(path: path).search("koordinator").results.first?.recommendation?.id, "demo/1.1")
    }

    func testReaderKeepsTheOldIndexWhileANewOneIsSwappedIn() throws {
        let path = try SampleGuideline.buildIndex()
        let open = try IndexStore(path: path)
        try IndexBuilder.write([SampleGuideline.make(title: "Ny tittel")], files: [], to: path)
        XCTAssertEqual(try open.outline().first?.title, SampleGuideline.make().title, "an open reader sees the old index")
        XCTAssertEqual(try IndexStore(path: path).outline().first?.title, "Ny tittel", "a new reader sees the new index")
    }

    func testShowReturnsTheWholeRecommendation() throws {
        let index = try IndexStore(path: try SampleGuideline.buildIndex())
        let article = try index.show(id: "demo/1.1")
        XCTAssertEqual(article.sections.map(\.kind), [.recommendation, .practical, .rationale])
        XCTAssertEqual(article.checklists.first?.items.map(\.text), ["Hva er viktig for pasienten?", "Hvordan ivareta:", "Samarbeid med pårørende"])
        XCTAssertEqual(article.checklists.first?.items[1].items.count, 2)
        XCTAssertEqual(article.legalReferences.first?.url, "https://lovdata.no/lov/1999-07-02-64/§10a")
        XCTAssertEqual(article.source.url, "https://example.org/demo/koordinator")
        XCTAssertEqual(try index.show(id: "de/1.2").id, "demo/1.2", "a shortened guideline id resolves")
        XCTAssertThrowsError(try index.show(id: "demo/9.9"))
    }

    func testOutlineListsChaptersAndArticles() throws {
        let outline = try IndexStore(path: try SampleGuideline.buildIndex()).outline()
        XCTAssertEqual(outline.first?.chapters.map(\.title), ["Koordinering", "Metode og prosess"])
        XCTAssertEqual(outline.first?.chapters.first?.recommendations.map(\.id), ["demo/1.1", "demo/1.2"])
    }
}
