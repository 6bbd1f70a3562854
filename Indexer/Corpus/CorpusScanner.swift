import Foundation
import GuideKit

/// Finds the guideline files of a corpus directory and decodes them, reporting every file it
/// cannot use as a diagnostic instead of stopping.
public enum CorpusScanner {
    /// File extensions read as guidelines. `.meta` files are read only as metadata beside them.
    /// `.json` is content-API JSON, read corpus-wide (`ContentAPIReader`), one guideline from many files.
    public static let guidelineExtensions: Set<String> = ["txt", "md", "markdown", "json"]
    /// The subfolder where a mirror of the content API keeps its items (one JSON file per item);
    /// its `.json` files are listed with the corpus's own, as "helsedirektoratet/<name>"; `guide sync` keeps it (`ContentMirror`).
    public static let contentAPIFolder = "helsedirektoratet"

    public struct Result: Sendable {
        public var documents: [SourceDocument]
        public var synonyms: [SynonymGroup]
        /// The concept lexicons' concepts (`ConceptFile`), built-in first.
        public var concepts: [Concept] = []
        public var files: [CorpusFile]
        public var diagnostics: [Diagnostic]
    }

    /// Reads every guideline file directly in `directory` (sorted by name, so results are
    /// deterministic). Paths are shown relative to the directory's parent ("Corpus/x.txt").
    /// `only`: just these guideline files (paths as shown), for an in-place update.
    public static func scan(_ directory: URL, only: Set<String>? = nil) throws -> Result {
        var reading = try CorpusReading(directory, only: only)
        var documents: [SourceDocument] = []
        while let document = reading.next() { documents.append(document) }
        let (synonyms, concepts) = reading.finish()
        return Result(documents: documents, synonyms: synonyms, concepts: concepts, files: reading.files, diagnostics: reading.diagnostics)
    }

    /// Content hashes of the guideline files (with their metadata), the synonym and the concept files, without reading them as text:
    /// what an index records to know later whether it is stale. Unreadable files are left out,
    /// as `scan` leaves them out. A file whose stamp is the one `recorded` (by the index) is not read:
    /// its recorded hash stands.
    public static func fingerprint(_ directory: String, recorded: [String: (hash: String, stamp: String?)] = [:]) throws -> [CorpusFile] {
        try sources(in: directory).compactMap { source in
            if let known = recorded[source.path], let stamp = known.stamp, let now = Self.stamp(of: source), now.text == stamp {
                return CorpusFile(path: source.path, hash: known.hash, size: now.size, stamp: stamp)
            }
            return hashed(source, corpus: directory)
        }
    }

    /// The content-API JSON files of the corpus (its own and its mirror's), as shown: what an
    /// in-place update reads again when one of them changed.
    static func contentFilePaths(in directory: URL) throws -> Set<String> {
        let prefix = DirectoryListing.lastComponent(of: directory.path)
        return Set(try guidelineFileNames(in: directory.path).filter(StructurePipeline.isContentFile).map { "\(prefix)/\($0)" })
    }

    /// Guideline files directly in the directory, sorted by name so results are deterministic.
    static func guidelineFileNames(in directory: String) throws -> [String] {
        guard PathStatus.isDirectory(directory) else { throw CorpusError.notADirectory(directory) }
        let names = try DirectoryListing.names(in: directory).sorted().filter { hasExtension($0, in: guidelineExtensions) }
        let mirror = "\(directory)/\(contentAPIFolder)"
        guard PathStatus.isDirectory(mirror) else { return names }
        return names + (try DirectoryListing.names(in: mirror)).sorted().filter { hasExtension($0, in: ["json"]) }
            .map { "\(contentAPIFolder)/\($0)" }
    }

    /// Whether a file name (not hidden) ends in one of the extensions, after its last dot, as
    /// URL.pathExtension has it, without a URL per file.
    private static func hasExtension(_ name: String, in extensions: Set<String>) -> Bool {
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// The metadata file's name for a guideline file name (which has an extension): "x.txt" → "x.meta".
    static func metadataName(for name: String) -> String {
        baseName(of: name) + ".meta"
    }

    /// A file name without its extension: "x.y.txt" → "x.y".
    static func baseName(of name: String) -> String {
        name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
    }

    /// UTF-8 if it is; otherwise Windows-1252 with a warning; nothing for empty and binary files.
    static func decode(_ data: Data, path: String, diagnostics: inout [Diagnostic]) -> String? {
        if data.isEmpty {
            diagnostics.append(Diagnostic(path: path, message: "filen er tom; hoppet over"))
            return nil
        }
        if let reason = BinaryContent.reason(data) {
            diagnostics.append(Diagnostic(path: path, message: "binærfil (\(reason)); hoppet over"))
            return nil
        }
        let (text, isUTF8) = Windows1252.decodeUnlessUTF8(data)
        guard isUTF8 else {
            diagnostics.append(Diagnostic(path: path, message: "filen er ikke UTF-8; lest som Windows-1252"))
            return text
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}

public enum CorpusError: Error, CustomStringConvertible {
    case notADirectory(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .notADirectory(let path): "fant ikke korpusmappen: \(path)"
        case .unreadable(let path, let reason): "kan ikke lese korpusmappen \(path): \(reason)"
        }
    }
}
