/// `guideline_files`: every corpus file a guideline was read from — its own file for a text, each
/// item's file for a content-API product (one product, many files) — so an in-place update finds the
/// guidelines a changed file belongs to.
public struct GuidelineFileRecord: Sendable, Hashable {
    public var path: String
    public var guidelineID: String

    public init(path: String, guidelineID: String) {
        self.path = path
        self.guidelineID = guidelineID
    }

    static let ddl = """
    CREATE TABLE guideline_files(
        path TEXT NOT NULL, guideline_id TEXT NOT NULL REFERENCES guidelines(id), PRIMARY KEY (path, guideline_id)) WITHOUT ROWID;
    CREATE INDEX guideline_files_by_guideline ON guideline_files(guideline_id);
    """
}

extension IndexStore {
    public func insert(_ file: GuidelineFileRecord) throws {
        try db.run("INSERT OR IGNORE INTO guideline_files(path, guideline_id) VALUES (?, ?)", [file.path, file.guidelineID])
    }

    /// The guidelines read (wholly or in part) from a corpus file.
    public func guidelineIDs(readFrom path: String) throws -> [String] {
        try db.rows("SELECT guideline_id FROM guideline_files WHERE path = ? ORDER BY guideline_id", [path])
            .map { try $0.text("guideline_id") }
    }

    /// The corpus files one guideline was read from, by path.
    public func files(ofGuideline id: String) throws -> [String] {
        try db.rows("SELECT path FROM guideline_files WHERE guideline_id = ? ORDER BY path", [id]).map { try $0.text("path") }
    }

    func deleteGuidelineFiles(guidelineID: String) throws {
        try db.run("DELETE FROM guideline_files WHERE guideline_id = ?", [guidelineID])
    }
}
