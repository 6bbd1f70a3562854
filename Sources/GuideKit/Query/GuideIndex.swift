import Foundation

/// A read-only view of a built index: search, recommendations, outline. Not `Sendable` (it holds
/// a connection): open one per thread. Opening checks that the file is an index of this schema.
public final class GuideIndex {
    let db: Database
    public let path: String
    /// Exact word forms for typo correction, loaded when a query first needs one.
    var correctionVocabulary: CorrectionVocabulary?
    /// Passages in the index (what FTS5 counts as rows), read when the index is opened.
    let passageCount: Int
    /// Every passage's length in tokens, read when a search first needs it.
    var cachedPassageLengths: (byID: [Int], average: Double)?
    /// Every passage's article as its place in id order, read when a search first needs it.
    var cachedPassageArticles: [Int]?
    private var guidelineSummaries: [String: GuidelineSummary?] = [:]

    public init(path: String) throws {
        guard PathStatus.exists(path) else { throw IndexError.missing(path: path) }
        do {
            db = try Database(path: path, mode: .readOnly)
            // Read pages through a memory map instead of a read() copy per page (https://sqlite.org/mmap.html);
            // the index is only read, and a rebuild renames a new file over it, leaving this mapping intact.
            try db.execute("PRAGMA mmap_size = 1073741824")
            // Keep the shared lock once taken instead of locking and checking the file again for every
            // statement (https://sqlite.org/pragma.html#pragma_locking_mode): the index is never written
            // in place, a rebuild renames a new file over it, so no writer ever waits for this lock.
            try db.execute("PRAGMA locking_mode = EXCLUSIVE")
            try db.register(tokenizer: NorwegianAnalyzer(), named: NorwegianAnalyzer.name)
            let version = try db.userVersion
            guard version == IndexSchema.version else {
                throw IndexError.wrongSchema(path: path, found: version, expected: IndexSchema.version)
            }
            // A truncated file opens and may answer the first queries; its header still tells its full size.
            let expected = (try db.firstRow("PRAGMA page_count")?.int(0) ?? 0) * (try db.firstRow("PRAGMA page_size")?.int(0) ?? 0)
            let actual = try db.openFileSize()
            guard actual >= expected else {
                throw IndexError.unreadable(path: path, reason: "the file is truncated (\(actual) of \(expected) bytes)")
            }
            // Reading a passage proves the tables are there; search needs their count, recorded at build
            // (counting the passages table would read all of it).
            _ = try db.firstRow("SELECT id FROM passages LIMIT 1")
            passageCount = try db.firstRow("SELECT passages FROM passage_lengths WHERE id = 0")?.int(0) ?? 0
        } catch let error as SQLiteError {
            throw IndexError.unreadable(path: path, reason: error.message)
        }
        self.path = path
    }

    /// Content hashes of the corpus files the index was built from, by path.
    public func corpusFingerprint() throws -> [String: String] {
        try corpusFiles().mapValues(\.hash)
    }

    /// The corpus files the index was built from, by path: content hash and stamp (nil when none was recorded).
    public func corpusFiles() throws -> [String: (hash: String, stamp: String?)] {
        var result: [String: (hash: String, stamp: String?)] = [:]
        for row in try db.rows("SELECT path, hash, stamp FROM corpus_files") {
            if let path = row.string(0), let hash = row.string(1) { result[path] = (hash, row.string(2)) }
        }
        return result
    }

    /// A value of the index's `meta` table ("schema", "tokenizer", "indexer").
    public func metadata(_ key: String) throws -> String? {
        try db.firstRow("SELECT value FROM meta WHERE key = ?", [key])?.string(0)
    }

    // MARK: - Shared row readers

    /// A guideline's summary; kept once read, since most hits of a search share a few guidelines
    /// and the index never changes under an open connection.
    func guidelineSummary(id: String) throws -> GuidelineSummary? {
        if let known = guidelineSummaries[id] { return known }
        let summary = try readGuidelineSummary(id: id)
        guidelineSummaries[id] = summary
        return summary
    }

    private func readGuidelineSummary(id: String) throws -> GuidelineSummary? {
        try db.firstRow("""
            SELECT id, title, status, hearing_deadline, kind, publisher, url, accessed, year, first_published, last_changed, place
            FROM guidelines WHERE id = ?
            """, [id]).map {
            GuidelineSummary(id: $0.string(0) ?? id, title: $0.string(1) ?? "", status: try $0.value(GuidelineStatus.Stage.self, 2),
                             hearingDeadline: $0.string(3), kind: $0.string(4), publisher: $0.string(5),
                             url: $0.string(6), accessed: $0.string(7), year: $0.string(8),
                             firstPublished: $0.string(9), lastChanged: $0.string(10), place: $0.string(11))
        }
    }

    func legalReferences(articleID: String) throws -> [LegalReferenceSummary] {
        var references: [LegalReferenceSummary] = []
        try db.forEachRow("SELECT act, section, part, url FROM legal_references WHERE article_id = ? ORDER BY ordinal", [articleID]) {
            references.append(LegalReferenceSummary(act: $0.string(0) ?? "", section: $0.string(1), part: $0.string(2), url: $0.string(3)))
        }
        return references
    }
}
