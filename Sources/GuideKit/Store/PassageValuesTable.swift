/// `passage_lengths` and `passage_articles`: a number per passage, one blob each (`PassageValues`)
/// — every passage's length in tokens as FTS5 counts it for bm25, and its article as its place in
/// id order — so search reads each once per connection. Derived from all passages: recomputed
/// after a change, never deleted per document.
enum PassageValuesTable {
    static let ddl = """
    -- The number of passages is kept with their lengths: counting the passages table reads all of it.
    CREATE TABLE passage_lengths(id INTEGER PRIMARY KEY CHECK (id = 0), passages INTEGER NOT NULL, data BLOB NOT NULL);
    -- Every passage's article as its place in id order (PassageValues): search keeps the best passage
    -- of each article, and ties go to the first id, without looking each passage up.
    CREATE TABLE passage_articles(id INTEGER PRIMARY KEY CHECK (id = 0), data BLOB NOT NULL);
    """
}

extension IndexStore {
    /// Writes every passage's length (indexed by passage id) and the number of passages.
    public func writePassageLengths(_ lengths: [Int], passages: Int) throws {
        try db.run("INSERT INTO passage_lengths(id, passages, data) VALUES (0, ?, ?)", [passages, SQLValue.blob(PassageValues.encode(lengths))])
    }

    /// Writes every passage's article place (indexed by passage id).
    public func writePassageArticles(_ places: [Int]) throws {
        try db.run("INSERT INTO passage_articles(id, data) VALUES (0, ?)", [SQLValue.blob(PassageValues.encode(places))])
    }

    /// The number of passages, as recorded at build.
    func storedPassageCount() throws -> Int {
        guard let row = try db.firstRow("SELECT passages FROM passage_lengths WHERE id = 0") else { return 0 }
        return try row.int("passages")
    }

    /// Every passage's length in tokens, indexed by passage id, and the average length bm25 divides
    /// by (all tokens over all passages, as FTS5 counts them); read once per connection.
    func passageLengths() throws -> (byID: [Int], average: Double) {
        if let lengths = cachedPassageLengths { return lengths }
        var byID: [Int] = []
        try db.forEachRow("SELECT data FROM passage_lengths WHERE id = 0") { byID = PassageValues.decode(try $0.blob("data")) }
        let lengths = (byID, Double(byID.reduce(0, +)) / Double(max(passageCount, 1)))
        cachedPassageLengths = lengths
        return lengths
    }

    /// Every passage's article as its place in id order, indexed by passage id; read once per connection.
    func passageArticles() throws -> [Int] {
        if let articles = cachedPassageArticles { return articles }
        var articles: [Int] = []
        try db.forEachRow("SELECT data FROM passage_articles WHERE id = 0") { articles = PassageValues.decode(try $0.blob("data")) }
        cachedPassageArticles = articles
        return articles
    }
}

extension IndexStore {
    /// Per article place (as `passageArticles` numbers them: the ids of articles that hold passages,
    /// in the order Swift compares them), its guideline as a place among those guidelines; read once
    /// per connection. Search weighs a heading word by how many of a guideline's passages carry it.
    func articleGuidelines() throws -> [Int] {
        if let known = cachedArticleGuidelines { return known }
        var guidelineOf: [String: String] = [:]
        try db.forEachRow("SELECT DISTINCT a.id AS id, a.guideline_id AS guideline_id FROM articles a JOIN passages p ON p.article = a.key") { row in
            guidelineOf[try row.text("id")] = try row.text("guideline_id")
        }
        var places: [String: Int] = [:]
        let byArticle = guidelineOf.keys.sorted().map { article in
            let guideline = guidelineOf[article] ?? ""
            if let place = places[guideline] { return place }
            places[guideline] = places.count
            return places.count - 1
        }
        cachedArticleGuidelines = byArticle
        return byArticle
    }
}
