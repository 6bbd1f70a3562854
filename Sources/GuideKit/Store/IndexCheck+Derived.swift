/// `guide check`'s look at the derived tables, which a build writes and an in-place update patches:
/// every term's posting list and vocabulary count against FTS5's own vocabulary, and the passage
/// values against the passages table. All of them, read-only (at 1× well under a second).
extension IndexCheck {
    public static func derivedTables(path: String) -> [Finding] {
        do {
            let store = try IndexStore.inspecting(path)
            // Each problem in the JSON's English and as `guide check` shows it (Bokmål).
            var problems: [(detail: String, shown: String)] = []
            let fts = try store.indexedTerms()
            let vocabulary = Dictionary(try store.db.rows("SELECT term, docs FROM vocabulary").map { (try $0.text("term"), try $0.int("docs")) },
                                        uniquingKeysWith: { a, _ in a })
            var postingTerms = 0
            try store.db.forEachRow("SELECT count(*) AS n FROM postings") { postingTerms = try $0.int("n") }
            if postingTerms != fts.count { problems.append(("\(postingTerms) posting lists for \(fts.count) terms", "\(postingTerms) postinglister for \(fts.count) termer")) }
            if vocabulary.count != fts.count { problems.append(("\(vocabulary.count) vocabulary rows for \(fts.count) terms", "\(vocabulary.count) rader i ordforrådet for \(fts.count) termer")) }
            for (term, passages) in fts where problems.count < 3 {
                var entries = 0
                try store.withPostings(term: term) { PostingList.forEach(in: $0) { _, _, _ in entries += 1 } }
                if entries != passages { problems.append(("'\(term)': \(entries) postings, FTS5 \(passages) passages", "«\(term)»: \(entries) forekomster, FTS5 \(passages) avsnitt")) }
                if vocabulary[term] != passages { problems.append(("'\(term)': vocabulary \(vocabulary[term] ?? 0), FTS5 \(passages)", "«\(term)»: ordforrådet \(vocabulary[term] ?? 0), FTS5 \(passages)")) }
            }
            let articles = try store.passageArticleIDs()
            let lengths = try store.storedPassageLengths()
            if try store.storedPassageCount() != articles.count { problems.append(("passage count \(try store.storedPassageCount()) of \(articles.count)", "avsnittstallet \(try store.storedPassageCount()) av \(articles.count)")) }
            let withLength = Set(lengths.indices.filter { lengths[$0] > 0 })
            if !withLength.isSubset(of: Set(articles.map(\.id))) { problems.append(("lengths for passages that do not exist", "lengder for avsnitt som ikke finnes")) }
            var places: [Int] = []
            try store.db.forEachRow("SELECT data FROM passage_articles WHERE id = 0") { places = PassageValues.decode(try $0.blob("data")) }
            let order = Dictionary(uniqueKeysWithValues: Set(articles.map(\.articleID)).sorted().enumerated().map { ($1, $0) })
            if articles.contains(where: { $0.id >= places.count || places[$0.id] != order[$0.articleID] }) {
                problems.append(("passage articles out of step with the passages", "avsnittenes artikler stemmer ikke med avsnittene"))
            }
            return [problems.isEmpty ? Finding(name: "derived", ok: true, detail: "postings, vocabulary and passage values agree with FTS5",
                                                             shown: "postinglister, ordforråd og avsnittsverdier stemmer med FTS5")
                    : Finding(name: "derived", ok: false, detail: problems.prefix(3).map(\.detail).joined(separator: "; "),
                              shown: problems.prefix(3).map(\.shown).joined(separator: "; "), fix: rebuild)]
        } catch {
            return [Finding(name: "derived", ok: false, detail: "cannot be read (\(message(error)))",
                            shown: "kan ikke leses (\(message(error)))", fix: rebuild)]
        }
    }
}
