/// `guidelines`: one row per guideline (a document), in corpus order.
public struct GuidelineRecord: Sendable, Hashable {
    public var id: String
    public var ordinal: Int
    public var title: String
    public var publisher: String?
    public var kind: String?
    public var status: GuidelineStatus
    public var url: String?
    public var accessed: String?
    public var year: String?
    public var firstPublished: String?
    public var lastChanged: String?
    public var sourcePath: String
    public var firstLine: Int
    public var lastLine: Int
    public var place: String?
    /// The publisher's id of the document (the content API's item id), and the licence to credit.
    public var sourceID: String?
    public var licence: String?

    static let ddl = """
    CREATE TABLE guidelines(
        id TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, title TEXT NOT NULL, publisher TEXT, kind TEXT,
        status TEXT NOT NULL, hearing_deadline TEXT, hearing_expected TEXT, hearing_passed_stated INTEGER NOT NULL, url TEXT, accessed TEXT, year TEXT, first_published TEXT, last_changed TEXT,
        source_path TEXT NOT NULL, first_line INTEGER NOT NULL, last_line INTEGER NOT NULL, place TEXT,
        source_id TEXT, licence TEXT);
    """

    /// Every column, named `g.<column>`, from `guidelines g`.
    static let columns = """
        g.id AS "g.id", g.ordinal AS "g.ordinal", g.title AS "g.title", g.publisher AS "g.publisher", g.kind AS "g.kind",
        g.status AS "g.status", g.hearing_deadline AS "g.hearing_deadline", g.hearing_expected AS "g.hearing_expected",
        g.hearing_passed_stated AS "g.hearing_passed_stated", g.url AS "g.url", g.accessed AS "g.accessed",
        g.year AS "g.year", g.first_published AS "g.first_published", g.last_changed AS "g.last_changed",
        g.source_path AS "g.source_path", g.first_line AS "g.first_line", g.last_line AS "g.last_line", g.place AS "g.place",
        g.source_id AS "g.source_id", g.licence AS "g.licence"
        """

    public init(_ guideline: Guideline, ordinal: Int) {
        id = guideline.id
        self.ordinal = ordinal
        title = guideline.title
        publisher = guideline.publisher
        kind = guideline.kind
        status = guideline.status
        url = guideline.url
        accessed = guideline.accessed
        year = guideline.year
        firstPublished = guideline.firstPublished
        lastChanged = guideline.lastChanged
        sourcePath = guideline.source.path
        firstLine = guideline.source.firstLine
        lastLine = guideline.source.lastLine
        place = guideline.place
        sourceID = guideline.sourceID
        licence = guideline.licence
    }

    init(_ row: some NamedColumns) throws {
        id = try row.text("g.id")
        ordinal = try row.int("g.ordinal")
        title = try row.text("g.title")
        publisher = try row.optionalText("g.publisher")
        kind = try row.optionalText("g.kind")
        status = GuidelineStatus(stage: try row.value("g.status"), hearingDeadline: try row.optionalText("g.hearing_deadline"),
                                 expectedCompletion: try row.optionalText("g.hearing_expected"),
                                 deadlinePassedStated: try row.int("g.hearing_passed_stated") != 0)
        url = try row.optionalText("g.url")
        accessed = try row.optionalText("g.accessed")
        year = try row.optionalText("g.year")
        firstPublished = try row.optionalText("g.first_published")
        lastChanged = try row.optionalText("g.last_changed")
        sourcePath = try row.text("g.source_path")
        firstLine = try row.int("g.first_line")
        lastLine = try row.int("g.last_line")
        place = try row.optionalText("g.place")
        sourceID = try row.optionalText("g.source_id")
        licence = try row.optionalText("g.licence")
    }
}

extension IndexStore {
    public func insert(_ g: GuidelineRecord) throws {
        try db.run("""
            INSERT INTO guidelines(id, ordinal, title, publisher, kind, status, hearing_deadline, hearing_expected, hearing_passed_stated, url, accessed, year,
                                   first_published, last_changed, source_path, first_line, last_line, place, source_id, licence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [g.id, g.ordinal, g.title, g.publisher, g.kind, g.status.stage.rawValue, g.status.hearingDeadline, g.status.expectedCompletion,
                  g.status.deadlinePassedStated ? 1 : 0, g.url,
                  g.accessed, g.year, g.firstPublished, g.lastChanged, g.sourcePath, g.firstLine, g.lastLine, g.place, g.sourceID, g.licence])
    }

    /// The guideline with this id; kept once read.
    public func guideline(id: String) throws -> GuidelineRecord? {
        if let known = cachedGuidelines[id] { return known }
        let record = try db.firstRow("SELECT \(GuidelineRecord.columns) FROM guidelines g WHERE g.id = ?", [id]).map(GuidelineRecord.init)
        cachedGuidelines[id] = record
        return record
    }

    /// Every guideline in corpus order.
    public func guidelines() throws -> [GuidelineRecord] {
        try db.rows("SELECT \(GuidelineRecord.columns) FROM guidelines g ORDER BY g.ordinal").map(GuidelineRecord.init)
    }

    func deleteGuideline(id: String) throws {
        try db.run("DELETE FROM guidelines WHERE id = ?", [id])
    }
}
