/// What an in-place update (`IndexUpdater`) reads and writes besides the per-table inserts and
/// deletes: one connection on the live file with a rollback journal, the full-text rows of one
/// guideline, and the derived whole-index tables patched term by term.
///
/// Rollback journal, not WAL: every WAL reader needs the `-shm` file writable or creatable, which a
/// read-only index (mode 444, or a read-only install) does not allow. The journal gives the same
/// atomicity; readers wait (busy timeout) during the commit instead of failing.
extension IndexStore {
    /// Opens the index at `path` for an in-place update: journal on, synced at commit, a page cache
    /// large enough that no page is written before the commit, and the tokenizer splitting compounds
    /// against the index's split vocabulary (`splitVocabulary`), so deleted rows re-tokenize exactly
    /// as they were inserted. Only the part of that vocabulary the update can ask about is read: the
    /// words of the passages of the guidelines `replacing` (as stored now) and of `newTexts`, and
    /// every part `Decompounder` may look up for them (`UpdateWords`, which the update checks again
    /// inside its transaction).
    /// Returns the analyzer too, for the caller's own tokenizing, and the split vocabulary read.
    public static func openForUpdate(at path: String, replacing: [String], newTexts: [String])
        throws -> (store: IndexStore, analyzer: NorwegianAnalyzer, splitWords: Set<String>, words: UpdateWords) {
        let plain = try IndexStore(database: try Database(path: path, mode: .readWrite), path: path, analyzer: NorwegianAnalyzer())
        var words = UpdateWords()
        for id in replacing {
            for passage in try plain.passages(guidelineID: id) { words.add(passage.heading); words.add(passage.text) }
        }
        for text in newTexts { words.add(text) }
        let split = try plain.splitVocabulary(among: words.lookedUp)
        let analyzer = NorwegianAnalyzer(decompounder: Decompounder(vocabulary: split))
        let store = try IndexStore(database: try Database(path: path, mode: .readWrite), path: path, analyzer: analyzer)
        // -KiB: at most 512 MB, allocated only as pages are touched.
        try store.db.execute("PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA cache_size = -524288")
        return (store, analyzer, split, words)
    }

    /// The split vocabulary (`splitVocabulary`) restricted to `words`.
    func splitVocabulary(among words: Set<String>) throws -> Set<String> {
        let changes = try splitVocabularyChanges()
        let found = try db.rows("SELECT term FROM vocabulary WHERE folded IS NOT NULL AND term IN (SELECT value FROM json_each(?))",
                                [JSONList.strings(words.sorted())]).map { try $0.text("term") }
        return Set(found).subtracting(changes.excluded).union(changes.included.intersection(words))
    }

    /// The words compounds are split against: the index's exact forms as its full build left them.
    /// Updates keep this set fixed (recording in `meta` the words they added to or removed from the
    /// vocabulary), because FTS5 re-tokenizes a passage to delete it and to check it.
    public func splitVocabulary() throws -> Set<String> {
        let changes = try splitVocabularyChanges()
        return Set(try indexedWords()).subtracting(changes.excluded).union(changes.included)
    }

    /// The vocabulary words updates added (not split against) and removed (still split against).
    public func splitVocabularyChanges() throws -> (excluded: Set<String>, included: Set<String>) {
        (Set(try metaList("split_excluded")), Set(try metaList("split_included")))
    }

    /// Records the vocabulary words an update added (`excluded` from splitting) and removed (still `included`).
    public func recordSplitVocabulary(excluded: Set<String>, included: Set<String>) throws {
        try setMeta(key: "split_excluded", value: JSONList.strings(excluded.sorted()))
        try setMeta(key: "split_included", value: JSONList.strings(included.sorted()))
    }

    private func metaList(_ key: String) throws -> [String] {
        guard let value = try metadata(key) else { return [] }
        return try db.rows("SELECT value FROM json_each(?)", [value]).map { try $0.text("value") }
    }

    public func setMeta(key: String, value: String) throws {
        try db.run("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
    }

    public func guidelineExists(id: String) throws -> Bool {
        try db.firstRow("SELECT 1 FROM guidelines WHERE id = ?", [id]) != nil
    }

    /// Every guideline's id and source path, for renumbering their order.
    public func guidelineSources() throws -> [(id: String, path: String)] {
        try db.rows("SELECT id, source_path FROM guidelines").map { (try $0.text("id"), try $0.text("source_path")) }
    }

    public func setGuidelineOrdinal(id: String, ordinal: Int) throws {
        try db.run("UPDATE guidelines SET ordinal = ? WHERE id = ?", [ordinal, id])
    }

    /// The passages of one guideline as written, in id order: what its FTS rows were tokenized from.
    public func passages(guidelineID: String) throws -> [(id: Int, heading: String, text: String, articleID: String)] {
        try db.rows("""
            SELECT p.id AS id, \(PassageRecord.storedHeading) AS heading, \(PassageRecord.storedText) AS text, a.id AS article_id
            FROM passages p JOIN articles a ON a.key = p.article WHERE a.guideline_id = ? ORDER BY p.id
            """, [guidelineID]).map { (try $0.int("id"), try $0.text("heading"), try $0.text("text"), try $0.text("article_id")) }
    }

    /// Removes one guideline's passages from the external-content FTS index, which needs the old
    /// values ('delete' command, https://sqlite.org/fts5.html#the_delete_command); before the rows go.
    public func deleteFullText(guidelineID: String) throws {
        try db.run("""
            INSERT INTO passages_fts(passages_fts, rowid, heading, text)
            SELECT 'delete', p.id, \(PassageRecord.storedHeading), \(PassageRecord.storedText)
            FROM passages p JOIN articles a ON a.key = p.article WHERE a.guideline_id = ?
            """, [guidelineID])
    }

    /// Adds one guideline's passages to the FTS index (after `deleteFullText`, under the same ids or new ones).
    public func insertFullText(guidelineID: String) throws {
        try db.run("""
            INSERT INTO passages_fts(rowid, heading, text)
            SELECT p.id, \(PassageRecord.storedHeading), \(PassageRecord.storedText)
            FROM passages p JOIN articles a ON a.key = p.article WHERE a.guideline_id = ?
            """, [guidelineID])
    }

    /// The largest passage id (0 when none).
    public func largestPassageID() throws -> Int {
        try db.firstRow("SELECT coalesce(max(id), 0) AS id FROM passages")?.int("id") ?? 0
    }

    /// Every passage's article, by passage id.
    public func passageArticleIDs() throws -> [(id: Int, articleID: String)] {
        try db.rows("SELECT p.id AS id, a.id AS article_id FROM passages p JOIN articles a ON a.key = p.article ORDER BY p.id")
            .map { (try $0.int("id"), try $0.text("article_id")) }
    }

    /// Replaces the posting list of `term` with the stored one patched (`PostingList.merged`): the
    /// entries of `removed` passages dropped, `new`'s merged in; returns its number of entries and how many were dropped.
    public func patchPostings(term: String, removing removed: Set<Int>, within removedRange: ClosedRange<Int>?,
                              merging new: PostingList) throws -> (entries: Int, dropped: Int) {
        var patched = (list: new, entries: new.entryCount, dropped: 0)
        try withPostings(term: term) { patched = PostingList.merged($0, dropping: removed, within: removedRange, inserting: new) }
        try replacePostings(term: term, with: patched.list)
        return (patched.entries, patched.dropped)
    }

    /// Replaces the posting list of `term`; an empty list removes the term.
    func replacePostings(term: String, with list: PostingList) throws {
        if list.bytes.isEmpty {
            try db.run("DELETE FROM postings WHERE term = ?", [term])
        } else {
            try db.run("INSERT OR REPLACE INTO postings(term, data) VALUES (?, ?)", [term, SQLValue.blob(list.bytes)])
        }
    }

    /// Replaces the vocabulary row of a term; nil removes it.
    public func replaceVocabulary(term: String, with record: VocabularyRecord?) throws {
        if let record {
            try db.run("INSERT OR REPLACE INTO vocabulary(term, folded, length, docs) VALUES (?, ?, ?, ?)",
                       [record.term, record.folded, record.length, record.passages])
        } else {
            try db.run("DELETE FROM vocabulary WHERE term = ?", [term])
        }
    }

    /// Every passage's article place (by id, `passage_articles`) and the number of passages, as stored.
    public func storedPassageArticles() throws -> (places: [Int], passages: Int) {
        var places: [Int] = []
        try db.forEachRow("SELECT data FROM passage_articles WHERE id = 0") { places = PassageValues.decode(try $0.blob("data")) }
        return (places, try storedPassageCount())
    }

    /// Every passage's length (by id), copied.
    public func storedPassageLengths() throws -> [Int] {
        var byID: [Int] = []
        try db.forEachRow("SELECT data FROM passage_lengths WHERE id = 0") { byID = PassageValues.decode(try $0.blob("data")) }
        return byID
    }

    /// Replaces both passage-value blobs and the passage count.
    public func replacePassageValues(lengths: [Int], passages: Int, articlePlaces: [Int]) throws {
        try db.run("DELETE FROM passage_lengths")
        try db.run("DELETE FROM passage_articles")
        try writePassageLengths(lengths, passages: passages)
        try writePassageArticles(articlePlaces)
    }
}

extension IndexStore {
    /// An update killed before its commit leaves a hot journal, which a read-only connection cannot
    /// roll back (SQLITE_READONLY_ROLLBACK). Where we may write, one read-write read rolls it back;
    /// elsewhere the read-only open reports it.
    static func rollBackInterruptedUpdate(_ path: String) {
        guard PathStatus.exists(path + "-journal"), let database = try? Database(path: path, mode: .readWrite) else { return }
        _ = try? database.userVersion
    }
}
