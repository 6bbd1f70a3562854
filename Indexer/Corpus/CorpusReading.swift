import Foundation
import GuideKit

/// A corpus's guideline files read one at a time, in name order, as a build asks for them: what
/// `CorpusScanner.scan` returns, without holding every document at once. Refusals, skipped copies and
/// the files read gather here; the synonym and concept files are read after the last document (`finish`).
public struct CorpusReading: IteratorProtocol {
    private let root: String, prefix: String, only: Set<String>?
    private var names: IndexingIterator<[String]>
    private var twins = CorpusTwins()
    /// Every corpus file read so far (also copies left out, so the index stays fresh), in reading order.
    public private(set) var files: [CorpusFile] = []
    public private(set) var diagnostics: [Diagnostic] = []

    /// `only`: just these guideline files (paths as shown), for an in-place update.
    public init(_ directory: URL, only: Set<String>? = nil) throws {
        root = directory.path
        prefix = DirectoryListing.lastComponent(of: root)
        self.only = only
        names = try CorpusScanner.guidelineFileNames(in: root).makeIterator()
    }

    /// The next guideline file that is indexed, decoded and split into lines; nil after the last.
    public mutating func next() -> SourceDocument? {
        while let name = names.next() {
            if let document = read(name) { return document }
        }
        return nil
    }

    /// The synonym and concept files (built-in first), read once every guideline file is.
    public mutating func finish() -> (synonyms: [SynonymGroup], concepts: [Concept]) {
        var synonyms: [SynonymGroup] = [], concepts: [Concept] = []
        for (shown, data) in SynonymFile.sources(for: root) {
            files.append(CorpusFile(path: shown, hash: ContentHash.of(data, nil), size: data.count))
            synonyms += SynonymFile.parse(String(decoding: data, as: UTF8.self), path: shown, diagnostics: &diagnostics)
        }
        for (shown, data) in ConceptFile.sources(for: root) {
            files.append(CorpusFile(path: shown, hash: ContentHash.of(data, nil), size: data.count))
            concepts += ConceptFile.parse(String(decoding: data, as: UTF8.self), path: shown, diagnostics: &diagnostics)
        }
        return (synonyms, concepts)
    }

    private mutating func read(_ name: String) -> SourceDocument? {
        let shown = "\(prefix)/\(name)"
        if let only, !only.contains(shown) { return nil }
        let data: Data
        switch CorpusFileReader.read("\(root)/\(name)", corpus: root) {
        case .success(let read): data = read
        case .failure(.missing):
            diagnostics.append(Diagnostic(path: shown, message: "filen forsvant før den kunne leses; hoppet over"))
            return nil
        case .failure(.refused(let reason)):
            diagnostics.append(Diagnostic(path: shown, message: reason))
            return nil
        }
        let metaName = CorpusScanner.metadataName(for: name)
        var metaData: Data?
        switch CorpusFileReader.read("\(root)/\(metaName)", corpus: root) {
        case .success(let read): metaData = read
        case .failure(.missing): metaData = nil
        case .failure(.refused(let reason)):
            diagnostics.append(Diagnostic(path: "\(prefix)/\(metaName)", message: reason))
        }
        var metadata = DocumentMetadata()
        if let metaData {
            let (parsed, problems) = DocumentMetadata.parse(String(decoding: metaData, as: UTF8.self))
            metadata = parsed
            for p in problems {
                diagnostics.append(Diagnostic(path: "\(prefix)/\(metaName)", line: p.line, message: p.message))
            }
        }
        files.append(CorpusFile(path: shown, hash: ContentHash.of(data, metaData), size: data.count))
        // A copy stays listed in `files` above, so the index stays fresh; only its guideline is left out.
        let base = CorpusScanner.baseName(of: name)
        if let twin = twins.nameTwin(baseName: base) {
            diagnostics.append(Diagnostic(path: shown, message: twin))
            return nil
        }
        guard let text = CorpusScanner.decode(data, path: shown, diagnostics: &diagnostics) else { return nil }
        let lines = DocumentLines.split(text)
        if let twin = twins.textTwin(lines: lines, linesOf: Self.linesReadAgain(root: root, prefix: prefix)) {
            diagnostics.append(Diagnostic(path: shown, message: twin))
            return nil
        }
        twins.indexed(shown: shown, baseName: base, lines: lines)
        return SourceDocument(path: shown, lines: lines, metadata: metadata, baseName: base)
    }

    /// An indexed file's lines read again from disk (nil when it no longer reads): what a possible
    /// copy is compared with, since the lines of files read earlier are not kept.
    private static func linesReadAgain(root: String, prefix: String) -> (String) -> [String]? {
        { shown in
            let name = String(shown.dropFirst(prefix.count + 1))
            guard case .success(let data) = CorpusFileReader.read("\(root)/\(name)", corpus: root) else { return nil }
            var ignored: [Diagnostic] = []
            return CorpusScanner.decode(data, path: shown, diagnostics: &ignored).map(DocumentLines.split)
        }
    }
}
