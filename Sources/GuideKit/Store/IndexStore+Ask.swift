/// The one place questions are asked: each question reads inside one read transaction, so an
/// in-place update (`IndexUpdater`) committing meanwhile is seen entirely or not at all, never a mix;
/// and the per-connection caches are dropped when the file changed since they were filled.
extension IndexStore {
    /// Answers `question` from one consistent state of the index.
    public func ask<Q: Question>(_ question: Q) throws -> Q.Answer {
        guard questionDepth == 0 else { return try question.answer(in: self) }
        try db.execute("BEGIN DEFERRED")
        questionDepth += 1
        defer {
            questionDepth -= 1
            // A read transaction: nothing to roll back, COMMIT only lets go of the shared lock.
            try? db.execute("COMMIT")
        }
        try dropCachesIfChanged()
        return try question.answer(in: self)
    }

    /// One pragma a question: `data_version` moves when another connection committed a change.
    private func dropCachesIfChanged() throws {
        // The first read takes the shared lock, which is when SQLite notices another connection's commit.
        passageCount = try storedPassageCount()
        let version = try db.firstRow("PRAGMA data_version")?.int(0) ?? 0
        if let known = cachedDataVersion, known != version {
            cachedPassageLengths = nil
            cachedPassageArticles = nil
            cachedArticleGuidelines = nil
            cachedCorrectionVocabulary = nil
            cachedHasWordList = nil
            cachedGuidelines = [:]
        }
        cachedDataVersion = version
    }
}
