/// `corpus_files`: each corpus file the index was built from, with its content hash and stamp.
public struct CorpusFileRecord: Sendable, Hashable {
    public var path: String
    public var hash: String
    public var size: Int
    /// Size, mtime, ctime, inode of the file (and its .meta) when it was settled and still held the
    /// hashed content; nil when none was recorded (the file is then always hashed).
    public var stamp: String?

    public init(path: String, hash: String, size: Int, stamp: String?) {
        self.path = path
        self.hash = hash
        self.size = size
        self.stamp = stamp
    }

    static let ddl = """
    -- stamp: size, mtime, ctime, inode of the file (and its .meta) when it was settled and still held
    -- the hashed content; a command hashes only files whose stamp moved (NULL: always hash it).
    CREATE TABLE corpus_files(path TEXT PRIMARY KEY, hash TEXT NOT NULL, size INTEGER NOT NULL, stamp TEXT);
    """
}

extension IndexStore {
    public func insert(_ file: CorpusFileRecord) throws {
        try db.run("INSERT INTO corpus_files(path, hash, size, stamp) VALUES (?, ?, ?, ?)", [file.path, file.hash, file.size, file.stamp])
    }

    /// The corpus files the index was built from, by path: content hash and stamp.
    public func corpusFiles() throws -> [String: (hash: String, stamp: String?)] {
        var files: [String: (hash: String, stamp: String?)] = [:]
        for file in try corpusFileRecords() { files[file.path] = (file.hash, file.stamp) }
        return files
    }

    /// Content hashes of the corpus files the index was built from, by path.
    public func corpusFingerprint() throws -> [String: String] {
        try corpusFiles().mapValues(\.hash)
    }

    /// The corpus files the index was built from.
    public func corpusFileRecords() throws -> [CorpusFileRecord] {
        try db.rows("SELECT path, hash, size, stamp FROM corpus_files").map {
            CorpusFileRecord(path: try $0.text("path"), hash: try $0.text("hash"), size: try $0.int("size"),
                             stamp: try $0.optionalText("stamp"))
        }
    }

    /// A file is a document's source, not the document: deleted by its path.
    public func deleteCorpusFile(path: String) throws {
        try db.run("DELETE FROM corpus_files WHERE path = ?", [path])
    }
}
