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
        let root = directory.path, prefix = DirectoryListing.lastComponent(of: root)
        var result = Result(documents: [], synonyms: [], files: [], diagnostics: [])
        var twins = CorpusTwins()
        for name in try guidelineFileNames(in: root) {
            let shown = "\(prefix)/\(name)"
            if let only, !only.contains(shown) { continue }
            let data: Data
            switch CorpusFileReader.read("\(root)/\(name)", corpus: root) {
            case .success(let read): data = read
            case .failure(.missing):
                result.diagnostics.append(Diagnostic(path: shown, message: "filen forsvant før den kunne leses; hoppet over"))
                continue
            case .failure(.refused(let reason)):
                result.diagnostics.append(Diagnostic(path: shown, message: reason))
                continue
            }
            let metaName = metadataName(for: name)
            var metaData: Data?
            switch CorpusFileReader.read("\(root)/\(metaName)", corpus: root) {
            case .success(let read): metaData = read
            case .failure(.missing): metaData = nil
            case .failure(.refused(let reason)):
                result.diagnostics.append(Diagnostic(path: "\(prefix)/\(metaName)", message: reason))
            }
            var metadata = DocumentMetadata()
            if let metaData {
                let (parsed, problems) = DocumentMetadata.parse(String(decoding: metaData, as: UTF8.self))
                metadata = parsed
                for p in problems {
                    result.diagnostics.append(Diagnostic(path: "\(prefix)/\(metaName)", line: p.line, message: p.message))
                }
            }
            result.files.append(CorpusFile(path: shown, hash: ContentHash.of(data, metaData), size: data.count))
            // A copy stays listed in `files` above, so the index stays fresh; only its guideline is left out.
            let base = baseName(of: name)
            if let twin = twins.nameTwin(baseName: base) {
                result.diagnostics.append(Diagnostic(path: shown, message: twin))
                continue
            }
            guard let text = decode(data, path: shown, diagnostics: &result.diagnostics) else { continue }
            let lines = DocumentLines.split(text)
            if let twin = twins.textTwin(lines: lines) {
                result.diagnostics.append(Diagnostic(path: shown, message: twin))
                continue
            }
            twins.indexed(shown: shown, baseName: base, lines: lines)
            result.documents.append(SourceDocument(path: shown, lines: lines, metadata: metadata, baseName: base))
        }
        for (shown, data) in SynonymFile.sources(for: root) {
            result.files.append(CorpusFile(path: shown, hash: ContentHash.of(data, nil), size: data.count))
            result.synonyms += SynonymFile.parse(String(decoding: data, as: UTF8.self), path: shown, diagnostics: &result.diagnostics)
        }
        for (shown, data) in ConceptFile.sources(for: root) {
            result.files.append(CorpusFile(path: shown, hash: ContentHash.of(data, nil), size: data.count))
            result.concepts += ConceptFile.parse(String(decoding: data, as: UTF8.self), path: shown, diagnostics: &result.diagnostics)
        }
        return result
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
