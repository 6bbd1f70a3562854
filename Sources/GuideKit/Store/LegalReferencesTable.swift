/// `legal_references`: the acts and provisions an article cites.
public struct LegalReferenceRecord: Sendable, Hashable {
    public var articleID: String
    public var ordinal: Int
    /// The act's name as the registry writes it ("helsepersonelloven").
    public var act: String
    /// "§ 10a", when a section is cited.
    public var section: String?
    /// "kapittel 3", "første ledd" …
    public var part: String?
    public var url: String?
    public var firstLine: Int
    public var lastLine: Int

    static let ddl = """
    CREATE TABLE legal_references(
        id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(key), ordinal INTEGER NOT NULL,
        act TEXT NOT NULL, section TEXT, part TEXT, url TEXT, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL);
    CREATE INDEX legal_by_article ON legal_references(article, ordinal);
    CREATE INDEX legal_by_act ON legal_references(act, section);
    """

    static let columns = """
        \(ArticleRecord.id(key: "r.article")) AS "r.article_id", r.ordinal AS "r.ordinal", r.act AS "r.act", r.section AS "r.section",
        r.part AS "r.part", r.url AS "r.url", r.first_line AS "r.first_line", r.last_line AS "r.last_line"
        """

    public init(_ reference: LegalReference, articleID: String, ordinal: Int) {
        self.articleID = articleID
        self.ordinal = ordinal
        act = reference.act
        section = reference.section
        part = reference.part
        url = reference.url
        firstLine = reference.source.firstLine
        lastLine = reference.source.lastLine
    }

    init(_ row: some NamedColumns) throws {
        articleID = try row.text("r.article_id")
        ordinal = try row.int("r.ordinal")
        act = try row.text("r.act")
        section = try row.optionalText("r.section")
        part = try row.optionalText("r.part")
        url = try row.optionalText("r.url")
        firstLine = try row.int("r.first_line")
        lastLine = try row.int("r.last_line")
    }
}

/// One provision (act, section, part) as the corpus cites it: by how many articles, and the address.
public struct CitedProvisionRecord: Sendable, Hashable {
    public var act: String
    public var section: String?
    public var part: String?
    /// The greatest address any citation carries (they agree, or only some have one).
    public var url: String?
    public var articles: Int
}

extension IndexStore {
    public func insert(_ r: LegalReferenceRecord) throws {
        try db.run("""
            INSERT INTO legal_references(article, ordinal, act, section, part, url, first_line, last_line)
            VALUES (\(ArticleRecord.key(id: "?1")), ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            """, [r.articleID, r.ordinal, r.act, r.section, r.part, r.url, r.firstLine, r.lastLine])
    }

    /// An article's references in order (read for every search hit: columns read in place).
    public func legalReferences(articleID: String) throws -> [LegalReferenceRecord] {
        var references: [LegalReferenceRecord] = []
        try db.forEachRow(Self.referencesOfArticleSQL, [articleID]) { references.append(try LegalReferenceRecord($0)) }
        return references
    }

    /// Made once: the statement cache is keyed by the text.
    private static let referencesOfArticleSQL =
        "SELECT \(LegalReferenceRecord.columns) FROM legal_references r WHERE r.article = \(ArticleRecord.key(id: "?")) ORDER BY r.ordinal"

    /// The references of each of these articles in order: one list per id, in the ids' order, read
    /// with one statement (the ids drive the join as a JSON list, and each row says which of them it
    /// answers, so nothing is looked up by id): a search reads them for all its hits at once.
    public func legalReferences(articleIDs: [String]) throws -> [[LegalReferenceRecord]] {
        var references = Array(repeating: [LegalReferenceRecord](), count: articleIDs.count)
        try db.forEachRow(Self.referencesOfArticlesSQL, [JSONList.strings(articleIDs)]) { row in
            let index = try row.int("j.key")
            guard references.indices.contains(index) else { return }
            references[index].append(try LegalReferenceRecord(row))
        }
        // Without an ORDER BY (a sort of all rows) the order within an article is not promised: sorted where needed.
        for (index, list) in references.enumerated() where !zip(list, list.dropFirst()).allSatisfy({ $0.ordinal < $1.ordinal }) {
            references[index] = list.sorted { $0.ordinal < $1.ordinal }
        }
        return references
    }

    /// `j.key`: the id's place in the list.
    private static let referencesOfArticlesSQL = """
        SELECT j.key AS "j.key", \(LegalReferenceRecord.columns) FROM json_each(?) j JOIN articles ak ON ak.id = j.value
        JOIN legal_references r ON r.article = ak.key
        """

    /// Every cited act with the number of articles citing it.
    public func citingArticleCounts() throws -> [(act: String, articles: Int)] {
        try db.rows("SELECT act, count(DISTINCT article) AS articles FROM legal_references GROUP BY act").map {
            (try $0.text("act"), try $0.int("articles"))
        }
    }

    /// Every provision cited, of one act or of all (nil).
    public func citedProvisions(act: String?) throws -> [CitedProvisionRecord] {
        try db.rows("""
            SELECT act, section, part, max(url) AS url, count(DISTINCT article) AS articles FROM legal_references
            WHERE ?1 IS NULL OR act = ?1 GROUP BY act, section, part
            """, [act]).map {
            CitedProvisionRecord(act: try $0.text("act"), section: try $0.optionalText("section"), part: try $0.optionalText("part"),
                                 url: try $0.optionalText("url"), articles: try $0.int("articles"))
        }
    }

    /// Every reference to an act with its article and chapter, in corpus order (guideline, chapter,
    /// article, place in the article).
    public func references(act: String) throws -> [(reference: LegalReferenceRecord, article: ArticleRecord, chapter: ChapterRecord)] {
        try db.rows("""
            SELECT \(LegalReferenceRecord.columns), \(ArticleRecord.columns), \(ChapterRecord.columns)
            FROM legal_references r JOIN articles a ON a.key = r.article JOIN chapters c ON c.id = a.chapter_id
            JOIN guidelines g ON g.id = a.guideline_id
            WHERE r.act = ? ORDER BY g.ordinal, c.number, a.ordinal, r.ordinal
            """, [act]).map { (try LegalReferenceRecord($0), try ArticleRecord($0), try ChapterRecord($0)) }
    }

    func deleteLegalReferences(guidelineID: String) throws {
        try db.run("DELETE FROM legal_references WHERE article IN \(ArticleRecord.keys(guidelineID: "?"))", [guidelineID])
    }
}
