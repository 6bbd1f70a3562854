/// One connection to an index file, and the only way into one: opened read-only for questions
/// (`init(path:)`), for inspection by `guide check` (`inspecting`), or created for writing by the
/// builder (`create`). Every table's SQL lives in this folder, one file per table or table group;
/// above it, code speaks records.
///
/// Threads: one store per thread (or per task, or per server worker), never shared, so the store
/// is not `Sendable`. A connection is cheap to open (the file is read through a memory map, so
/// several connections share the page cache of the operating system), the per-connection caches
/// below are filled once and then only read (until an in-place update: `ask`), and with one owner no lock is needed anywhere; a pool
/// would add locking to save only the open. `ConcurrentSearchTests` holds several threads, each
/// with its own store, to the answers of one.
public final class IndexStore {
    let db: Database
    public let path: String

    // MARK: Per-connection caches (dropped when an update changed the file: `ask`)

    /// Passages in the index (what FTS5 counts as rows), read when the store is opened for questions.
    var passageCount = 0
    /// Every passage's length in tokens, read when a search first needs it.
    var cachedPassageLengths: (byID: [Int], average: Double)?
    /// Every passage's article as its place in id order, read when a search first needs it.
    var cachedPassageArticles: [Int]?
    /// Every article's guideline as a place among the guidelines (`articleGuidelines`), read when a search first needs it.
    var cachedArticleGuidelines: [Int]?
    /// Exact word forms for typo correction, loaded a length at a time as queries need them.
    var cachedCorrectionVocabulary: CorrectionVocabulary?
    /// Whether the build had a word list (`meta` "wordlist"), read when a correction first asks.
    var cachedHasWordList: Bool?
    /// Guidelines once read: most hits of a search share a few.
    var cachedGuidelines: [String: GuidelineRecord?] = [:]
    /// `PRAGMA data_version` when the caches were last known good; nil before the first question.
    var cachedDataVersion: Int?
    /// Questions under way (a question may ask another): only the outermost opens the read transaction.
    var questionDepth = 0

    /// Opens the index at `path` for questions, read-only, checking that it is a whole index of this schema.
    public convenience init(path: String) throws {
        guard PathStatus.exists(path) else { throw IndexError.missing(path: path) }
        Self.rollBackInterruptedUpdate(path)
        do {
            try self.init(database: try Database(path: path, mode: .readOnly), path: path, analyzer: NorwegianAnalyzer())
            // Read pages through a memory map instead of a read() copy per page (https://sqlite.org/mmap.html);
            // a rebuild renames a new file over it, leaving this mapping intact; SQLite sees an in-place update
            // by the file's change counter and reads the changed pages again.
            try db.execute("PRAGMA mmap_size = 1073741824")
            // Normal locking: an in-place update (`IndexUpdater`) needs readers to let go of their shared
            // lock between questions; each question holds one read transaction (`ask`).
            let version = try db.userVersion
            guard version == IndexSchema.version else {
                throw IndexError.wrongSchema(path: path, found: version, expected: IndexSchema.version)
            }
            // A truncated file opens and may answer the first queries; its header still tells its full size.
            let (actual, expected) = try fileSizes()
            guard actual >= expected else {
                throw IndexError.unreadable(path: path, reason: "the file is truncated (\(actual) of \(expected) bytes)")
            }
            // Reading a passage proves the tables are there; search needs their count, recorded at build
            // (counting the passages table would read all of it).
            try checkPassagesReadable()
            passageCount = try storedPassageCount()
        } catch let error as SQLiteError {
            throw IndexError.unreadable(path: path, reason: error.message)
        }
    }

    /// Opens an index file read-only as it is, without the checks of `init(path:)`: `IndexCheck` reports those.
    public static func inspecting(_ path: String) throws -> IndexStore {
        try IndexStore(database: try Database(path: path, mode: .readOnly), path: path, analyzer: NorwegianAnalyzer())
    }

    /// Creates an empty index file for the builder, tokenizing with `analyzer` (whose compound
    /// splitting knows the corpus's words). The file is private until renamed into place: no journal.
    public static func create(at path: String, analyzer: NorwegianAnalyzer) throws -> IndexStore {
        let store = try IndexStore(database: try Database(path: path, mode: .create), path: path, analyzer: analyzer)
        // A bounded page cache (32 MB) for the bulk writes: FTS5's segments and the b-trees filled in order.
        try store.db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -32768")
        return store
    }

    /// Opens the file a build is writing once more, now tokenizing with `analyzer`: the rows go in
    /// first, and the words compounds are split against are known only when they all are.
    public static func reopenedForBuild(at path: String, analyzer: NorwegianAnalyzer) throws -> IndexStore {
        let store = try IndexStore(database: try Database(path: path, mode: .readWrite), path: path, analyzer: analyzer)
        try store.db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -32768")
        return store
    }

    /// Bytes per table and index (FTS5's shadow tables apart), largest first, from the `dbstat`
    /// virtual table (https://sqlite.org/dbstat.html); nil when this SQLite was built without it.
    public func tableBytes() -> [(name: String, bytes: Int)]? {
        try? db.rows("SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC").map {
            (try $0.text("name"), try $0.int("bytes"))
        }
    }

    /// Opens a private copy of an index for writing, tokenizing as its build did: compounds split
    /// against the index's own words (FTS5's integrity check re-tokenizes every passage).
    static func reopenedCopy(at path: String) throws -> IndexStore {
        let plain = try IndexStore(database: try Database(path: path, mode: .readWrite), path: path, analyzer: NorwegianAnalyzer())
        let words = try plain.splitVocabulary()
        return try IndexStore(database: try Database(path: path, mode: .readWrite), path: path,
                              analyzer: NorwegianAnalyzer(decompounder: Decompounder(vocabulary: words)))
    }

    /// The one set-up every connection goes through: the `norwegian` tokenizer is registered here
    /// and nowhere else, so every connection that reads or writes `passages_fts` has it.
    init(database: Database, path: String, analyzer: NorwegianAnalyzer) throws {
        db = database
        self.path = path
        try db.register(tokenizer: analyzer, named: IndexSchema.tokenizer)
    }

    // MARK: - Whole file

    /// Writes the schema (every table's DDL) into an empty file.
    public func createTables() throws {
        try db.execute(IndexSchema.ddl)
    }

    /// Stamps the file as guide's index with the schema version, last, once everything is written.
    public func stampSchemaVersion() throws {
        // The pragma takes a signed 32-bit integer; the same bits as the unsigned id.
        try db.execute("PRAGMA application_id = \(Int32(bitPattern: IndexSchema.applicationID))")
        try db.execute("PRAGMA user_version = \(IndexSchema.version)")
    }

    /// Runs `body` in one transaction, rolled back if it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try db.transaction(body)
    }

    /// `PRAGMA user_version`: the schema version stored in the file header.
    public var schemaVersion: Int {
        get throws { try db.userVersion }
    }

    /// The size of the open file and the size its header says it has (page count × page size).
    public func fileSizes() throws -> (actual: Int, expected: Int) {
        let pages = try db.firstRow("PRAGMA page_count")?.int(0) ?? 0
        let pageSize = try db.firstRow("PRAGMA page_size")?.int(0) ?? 0
        return (try db.openFileSize(), pages * pageSize)
    }

    /// SQLite's own check of the file (https://sqlite.org/pragma.html#pragma_integrity_check): "ok", or up to 20 problems.
    public func integrityProblems() throws -> [String] {
        try db.rows("PRAGMA integrity_check(20)").compactMap { $0.string(0) }
    }

    /// Removes one document (a guideline and everything read from it) from every table that holds
    /// it. The derived whole-index tables (the FTS5 index, postings, vocabulary, passage values)
    /// are recomputed after a change instead (`rebuildFullTextIndex`, `writePassageValues` …).
    public func deleteDocument(guidelineID: String) throws {
        try deleteRoleMentions(guidelineID: guidelineID)
        try deleteStatements(guidelineID: guidelineID)
        try deletePassages(guidelineID: guidelineID)
        try deleteLegalReferences(guidelineID: guidelineID)
        try deleteLinks(guidelineID: guidelineID)
        try deleteLiterature(guidelineID: guidelineID)
        try deleteChecklists(guidelineID: guidelineID)
        try deleteSections(guidelineID: guidelineID)
        try deleteArticles(guidelineID: guidelineID)
        try deleteChapters(guidelineID: guidelineID)
        try deleteGuidelineFiles(guidelineID: guidelineID)
        try deleteGuideline(id: guidelineID)
        cachedGuidelines[guidelineID] = nil
    }
}
