/// `synonyms`: words and phrases that mean the same (Indexer/Resources/synonyms.tsv and a
/// corpus's own list), one group per line there. Not per document: the lists hold for the corpus.
public struct SynonymRecord: Sendable, Hashable {
    public var group: Int
    public var phrase: String
    /// The phrase's first word (`QueryTerms.tokens`): a query looks up the phrases beginning with one of its words.
    public var firstWord: String

    public init(group: Int, phrase: String, firstWord: String) {
        self.group = group
        self.phrase = phrase
        self.firstWord = firstWord
    }

    static let ddl = """
    -- Words and phrases that mean the same (Corpus/synonyms.tsv): one group per line there. A
    -- query looks up the phrases beginning with one of its words (QueryTerms.tokens).
    CREATE TABLE synonyms(group_id INTEGER NOT NULL, phrase TEXT NOT NULL, first_word TEXT NOT NULL);
    CREATE INDEX synonyms_by_phrase ON synonyms(phrase);
    CREATE INDEX synonyms_by_first_word ON synonyms(first_word);
    CREATE INDEX synonyms_by_group ON synonyms(group_id, phrase);
    """
}

extension IndexStore {
    public func insert(_ s: SynonymRecord) throws {
        try db.run("INSERT INTO synonyms(group_id, phrase, first_word) VALUES (?, ?, ?)", [s.group, s.phrase, s.firstWord])
    }

    /// (phrase, other phrase of its group) for the phrases whose first word is one of `words`, in
    /// table order. Each word is listed once: the list drives the join, and a repeated word would
    /// repeat its phrases.
    func synonyms(beginningWithOneOf words: [String]) throws -> [(phrase: String, other: String)] {
        try db.rows("""
            SELECT s.phrase AS phrase, o.phrase AS other FROM json_each(?) j JOIN synonyms s ON s.first_word = j.value
            JOIN synonyms o ON o.group_id = s.group_id AND o.phrase <> s.phrase
            ORDER BY s.rowid, o.phrase, o.rowid
            """, [JSONList.strings(Array(Set(words)))]).map { (try $0.text("phrase"), try $0.text("other")) }
    }
}
