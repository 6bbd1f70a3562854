import GuideKit

/// Whether an index can answer as it is, or must be (re)built from the corpus first.
public enum IndexFreshness {
    /// Usable as it is (or there is no corpus to compare with), already open.
    case fresh(IndexStore)
    /// Why it must be (re)built before use, in words for the user.
    case stale(reason: String)

    /// Opens the index once to judge it, and hands that connection on when it is fresh. `wordListPaths`:
    /// where the word lists are, whose stamp must be the one the build recorded.
    static func of(_ location: IndexLocation, wordListPaths: [String]) -> IndexFreshness {
        guard PathStatus.exists(location.indexPath) else { return .stale(reason: "ingen indeks ennå") }
        let index: IndexStore
        do {
            index = try IndexStore(path: location.indexPath)
        } catch {
            // An empty file (made by `touch` for guide) is not damage; say what it is.
            if IndexFileKind.of(location.indexPath) == .empty { return .stale(reason: "indeksfilen er tom") }
            return .stale(reason: "indeksen kan ikke brukes (\(error))")
        }
        guard location.corpusExists else { return .fresh(index) }
        if let differences = IndexerIdentity.differences(recorded: (try? index.metadata("indexer")) ?? nil,
                                                         stamp: (try? index.metadata("indexer_stamp")) ?? nil) {
            return .stale(reason: "indeksen ble bygd med et annet skjema, en annen analysator eller andre ressurser (\(differences))")
        }
        // A list installed, updated or removed since the build: the forms never corrected change.
        if let change = wordListChange(recorded: (try? index.metadata("wordlist_stamp")) ?? nil,
                                       now: NorwegianWordList.stamp(of: wordListPaths)) {
            return .stale(reason: change.shown)
        }
        do {
            let comparison = try CorpusComparison(index: index, corpus: location.corpusPath, trustingStamps: true)
            return comparison.matches ? .fresh(index) : .stale(reason: "korpuset er endret")
        } catch {
            return .stale(reason: "indeksen kan ikke sammenlignes med korpuset (\(error))")
        }
    }

    /// How the word lists differ from the ones the build recorded, in words; nil when they do not.
    static func wordListChange(recorded: String?, now: String) -> WordListChange? {
        guard let recorded else {
            return WordListChange(detail: "the index does not record which word list it was built with",
                                  shown: "indeksen sier ikke hvilken ordliste den ble bygd med")
        }
        guard recorded != now else { return nil }
        if recorded == NorwegianWordList.noneStamp {
            return WordListChange(detail: "a word list was installed since the index was built",
                                  shown: "en ordliste er installert siden indeksen ble bygd")
        }
        if now == NorwegianWordList.noneStamp {
            return WordListChange(detail: "the word list the index was built with is gone",
                                  shown: "ordlisten indeksen ble bygd med, er borte")
        }
        return WordListChange(detail: "the word list has changed since the index was built",
                              shown: "ordlisten er endret siden indeksen ble bygd")
    }

    /// A word-list change in `guide check --json`'s words (`detail`) and as printed (`shown`).
    struct WordListChange: Equatable {
        let detail: String
        let shown: String
    }
}
