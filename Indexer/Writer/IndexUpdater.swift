import Foundation
import GuideKit

/// Replaces some guidelines of a built index in place, in one write transaction on the live file
/// (`IndexStore.openForUpdate`: rollback journal): their rows and FTS rows go, the new ones are
/// written as a build writes them (`IndexWriter`), and the derived tables are patched for the
/// terms involved. Readers see the old index or the new one, never a mix (`IndexStore.ask`); a
/// failure or a kill before the commit leaves the old one.
///
/// What may differ from a full rebuild: compounds are split against the vocabulary of the last full
/// build (a new word splits nothing until `guide index --full`), passage ids are not consecutive,
/// and the word forms kept for correction (`word_forms`) are the full build's.
public enum IndexUpdater {
    public struct Outcome: Sendable {
        public var passagesWritten: Int
        public var passagesRemoved: Int
    }

    /// Test hook, documented in the README: seconds to wait inside the transaction before the
    /// commit, so a test can kill an update while its journal is hot.
    static let pauseVariable = "GUIDE_TEST_PAUSE_BEFORE_COMMIT"

    /// `guidelines`: the new and changed guidelines, read; `replacing`: the ids of the changed and
    /// removed ones as the index holds them; `files`: the corpus records of the files read;
    /// `removingFiles`: the paths whose records go (changed and removed files).
    public static func update(indexPath: String, guidelines: [Guideline], replacing replacedIDs: [String],
                              files: [CorpusFile], removingFiles: [String]) throws -> Outcome {
        var phases = UpdatePhases()
        return try update(indexPath: indexPath, guidelines: guidelines, replacing: replacedIDs, files: files,
                          removingFiles: removingFiles, phases: &phases)
    }

    /// The same, its phases marked on the caller's clock (`InPlaceUpdate` times its own before them).
    static func update(indexPath: String, guidelines: [Guideline], replacing replacedIDs: [String],
                       files: [CorpusFile], removingFiles: [String], phases: inout UpdatePhases) throws -> Outcome {
        let newTexts = guidelines.flatMap(Passages.of).flatMap { [$0.heading, $0.text] }
        let (store, analyzer, splitWords, words) = try IndexStore.openForUpdate(at: indexPath, replacing: replacedIDs, newTexts: newTexts)
        phases.mark("open for update (split vocabulary, decompounder)")
        let outcome = try store.transaction {
            // The old passages, in id order across the guidelines (ids must ascend in a posting list).
            var oldPassages: [(id: Int, heading: String, text: String, articleID: String)] = []
            for id in replacedIDs {
                oldPassages += try store.passages(guidelineID: id)
                try store.deleteFullText(guidelineID: id)
                try store.deleteDocument(guidelineID: id)
            }
            oldPassages.sort { $0.id < $1.id }
            // Read before the transaction began; another update since would leave words the split vocabulary read does not cover.
            guard oldPassages.allSatisfy({ words.cover($0.heading) && words.cover($0.text) }) else { throw UpdateError.indexChanged }
            var old = PostingsWriter(analyzer: analyzer)
            for passage in oldPassages { old.add(heading: passage.heading, text: passage.text, articleID: passage.articleID, id: passage.id) }
            phases.mark("delete the old rows and FTS rows")
            var new = PostingsWriter(analyzer: analyzer)
            let reused = ReusedPassageIDs(oldPassages.map(\.id))
            let writer = IndexWriter(store: store, analyzer: analyzer, reusedIDs: reused)
            for guideline in guidelines {
                try writer.write(guideline, ordinal: 0) { new.add($0, id: $1) }
                try store.insertFullText(guidelineID: guideline.id)
            }
            phases.mark("write the new rows, their FTS rows")
            let replaced = Set(oldPassages.map(\.id))
            try patchTerms(store, Set(old.lists.keys).union(new.lists.keys), replaced: replaced, old: old.lists, added: new.lists,
                           splitWords: splitWords)
            phases.mark("patch postings and vocabulary")
            try patchPassageValues(store, old: old, removed: Set(reused.left), added: new)
            phases.mark("passage values")
            for path in removingFiles { try store.deleteCorpusFile(path: path) }
            for file in files {
                try store.insert(CorpusFileRecord(path: file.path, hash: file.hash, size: file.size, stamp: file.stamp))
            }
            try renumberGuidelines(store)
            phases.mark("corpus files, renumbering")
            if let pause = ProcessInfo.processInfo.environment[pauseVariable].flatMap(Double.init) {
                Thread.sleep(forTimeInterval: pause)
            }
            return Outcome(passagesWritten: new.passages, passagesRemoved: oldPassages.count)
        }
        phases.mark("commit")
        return outcome
    }

    /// Each term's posting list without the replaced passages' entries and with the new ones merged
    /// in, and its vocabulary row. A term in the same passages (same ids, same counts) before and
    /// after keeps both as they are: with the ids reused, an edit touches only the terms it changed.
    private static func patchTerms(_ store: IndexStore, _ terms: Set<String>, replaced: Set<Int>, old: [String: PostingList],
                                   added: [String: PostingList], splitWords: Set<String>) throws {
        var (excluded, included) = try store.splitVocabularyChanges()
        let replacedRange = replaced.min().flatMap { low in replaced.max().map { low...$0 } }
        for term in terms {
            if let before = old[term], let after = added[term], before.bytes == after.bytes { continue }
            let new = added[term] ?? PostingList()
            let patched = try store.patchPostings(term: term, removing: replaced, within: replacedRange, merging: new)
            let passages = patched.entries
            let isStem = term.unicodeScalars.first == NorwegianAnalyzer.stemMarker
            // A term in as many passages as before keeps its row.
            if new.entryCount != patched.dropped || passages == 0 {
                try store.replaceVocabulary(term: term, with: passages == 0 ? nil
                    : VocabularyRecord(term: term, folded: isStem ? nil : Spelling.folded(term), length: term.count, passages: passages))
            }
            // Keeps the split vocabulary as the full build left it (`IndexStore.splitVocabulary`).
            guard !isStem else { continue }
            let present = passages > 0, known = splitWords.contains(term)
            if present && !known { excluded.insert(term) } else { excluded.remove(term) }
            if !present && known { included.insert(term) } else { included.remove(term) }
        }
        try store.recordSplitVocabulary(excluded: excluded, included: included)
    }

    /// The lengths and articles of every passage, as a build writes them: the stored blobs with the
    /// replaced passages' values changed. Only when the guidelines' articles changed (one added,
    /// removed or renamed) are all places computed again, which needs every passage's article.
    private static func patchPassageValues(_ store: IndexStore, old: PostingsWriter, removed: Set<Int>, added: PostingsWriter) throws {
        let size = try store.largestPassageID() + 1
        let written = added.articleIDs.indices.filter { !added.articleIDs[$0].isEmpty }
        var lengths = try store.storedPassageLengths()
        if lengths.count < size { lengths += Array(repeating: 0, count: size - lengths.count) }
        lengths.removeLast(lengths.count - size)
        for id in removed where id < size { lengths[id] = 0 }
        for id in written { lengths[id] = added.lengths[id] }

        let stored = try store.storedPassageArticles()
        var placeOf: [String: Int] = [:]
        for id in old.articleIDs.indices where !old.articleIDs[id].isEmpty && id < stored.places.count {
            placeOf[old.articleIDs[id]] = stored.places[id]
        }
        if Set(placeOf.keys) == Set(written.map { added.articleIDs[$0] }) {
            var places = stored.places
            if places.count < size { places += Array(repeating: 0, count: size - places.count) }
            places.removeLast(places.count - size)
            for id in removed where id < size { places[id] = 0 }
            for id in written { places[id] = placeOf[added.articleIDs[id]] ?? 0 }
            try store.replacePassageValues(lengths: lengths, passages: stored.passages - old.passages + added.passages, articlePlaces: places)
            return
        }
        var articles = Array(repeating: "", count: size)
        for row in try store.passageArticleIDs() { articles[row.id] = row.articleID }
        // Places in the order Swift compares the ids, as `PostingsWriter` writes them.
        let places = Dictionary(uniqueKeysWithValues: Set(articles.filter { !$0.isEmpty }).sorted().enumerated().map { ($1, $0) })
        let count = articles.lazy.filter { !$0.isEmpty }.count
        try store.replacePassageValues(lengths: lengths, passages: count, articlePlaces: articles.map { places[$0] ?? 0 })
    }

    /// Guidelines in the order of their files' names, texts before content-API products, as a build numbers them.
    private static func renumberGuidelines(_ store: IndexStore) throws {
        let key = { (g: (id: String, path: String)) in (StructurePipeline.isContentFile(g.path) ? 1 : 0, g.path, g.id) }
        for (ordinal, guideline) in try store.guidelineSources().sorted(by: { key($0) < key($1) }).enumerated() {
            try store.setGuidelineOrdinal(id: guideline.id, ordinal: ordinal)
        }
    }
}

/// Why an in-place update stopped (rolled back; the caller rebuilds).
enum UpdateError: Error, CustomStringConvertible {
    /// The guidelines it replaces changed between its preparation and its transaction (another update ran).
    case indexChanged

    var description: String {
        switch self {
        case .indexChanged: "indeksen ble endret mens oppdateringen ble forberedt"
        }
    }
}
