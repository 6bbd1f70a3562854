/// `concepts`: the concept lexicons (Indexer/Resources/concepts.tsv and a corpus's own), one row per
/// lay phrase and per term of each concept. Not per document: the lexicons hold for the corpus.
public struct ConceptRecord: Sendable, Hashable {
    public enum Role: String, Sendable {
        /// How people describe the situation: matched against a query.
        case lay
        /// What the guidelines call it: searched when a lay phrase matched.
        case term
    }

    public var concept: Int
    public var role: Role
    public var phrase: String

    public init(concept: Int, role: Role, phrase: String) {
        self.concept = concept
        self.role = role
        self.phrase = phrase
    }

    static let ddl = """
    -- Concepts (Corpus/concepts.tsv): lay phrases and the guidelines' terms for a situation, one row
    -- each. A lay phrase is matched by its stems (Concept.matchingStems), looked up by the first.
    CREATE TABLE concepts(concept_id INTEGER NOT NULL, role TEXT NOT NULL CHECK (role IN ('lay', 'term')),
        phrase TEXT NOT NULL, stems TEXT NOT NULL, first_stem TEXT NOT NULL);
    CREATE INDEX concepts_by_first_stem ON concepts(first_stem) WHERE role = 'lay';
    CREATE INDEX concepts_by_id ON concepts(concept_id, role);
    """
}

extension IndexStore {
    public func insert(_ c: ConceptRecord) throws {
        let stems = c.role == .lay ? Concept.matchingStems(c.phrase) : []
        try db.run("INSERT INTO concepts(concept_id, role, phrase, stems, first_stem) VALUES (?, ?, ?, ?, ?)",
                   [c.concept, c.role.rawValue, c.phrase, stems.joined(separator: " "), stems.first ?? ""])
    }

    /// The lay phrases whose first stem is one of `stems`, as (concept, phrase, its stems), in table order.
    func conceptLayPhrases(beginningWithOneOf stems: [String]) throws -> [(concept: Int, phrase: String, stems: [String])] {
        try db.rows("""
            SELECT c.concept_id AS concept_id, c.phrase AS phrase, c.stems AS stems FROM concepts c
            WHERE c.role = 'lay' AND c.first_stem IN (SELECT value FROM json_each(?)) ORDER BY c.rowid
            """, [JSONList.strings(Array(Set(stems)).sorted())]).map {
            (try $0.int("concept_id"), try $0.text("phrase"), try $0.text("stems").split(separator: " ").map(String.init))
        }
    }

    /// A concept's terms, in the order the lexicon lists them.
    func conceptTerms(_ concept: Int) throws -> [String] {
        try db.rows("SELECT phrase FROM concepts WHERE concept_id = ? AND role = 'term' ORDER BY rowid", [concept])
            .map { try $0.text("phrase") }
    }
}
