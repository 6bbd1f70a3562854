import Foundation
import GuideKit

/// The cheap side of staleness: an index records each corpus file's stamp (`FileStamp`) beside its
/// content hash, and a later command hashes only the files whose stamp moved. A touched file is
/// hashed and, unchanged, still matches; a changed one differs.
extension CorpusScanner {
    /// A file that a fingerprint covers: a guideline file with its metadata file, a synonym or a concept file.
    /// Plain paths, since a check looks at every file of the corpus and most only by `stat`.
    struct Source {
        let path: String
        let file: String
        let metadata: String?
        /// Built-in files (the synonyms in the resource bundle) are read as they are, not as corpus files.
        let inCorpus: Bool
    }

    /// Guideline files in name order, then the synonym files, then the concept files, as `scan` reads them.
    static func sources(in directory: String) throws -> [Source] {
        let prefix = DirectoryListing.lastComponent(of: directory)
        let guidelines = try guidelineFileNames(in: directory).map { name in
            Source(path: "\(prefix)/\(name)", file: "\(directory)/\(name)", metadata: "\(directory)/\(metadataName(for: name))", inCorpus: true)
        }
        return guidelines + (SynonymFile.locations(for: directory) + ConceptFile.locations(for: directory)).map {
            Source(path: $0.path, file: $0.file, metadata: nil, inCorpus: $0.inCorpus)
        }
    }

    /// The content hash `scan` records for the source; nil when it cannot be read.
    static func hashed(_ source: Source, corpus: String) -> CorpusFile? {
        func read(_ path: String) -> Data? {
            CorpusFileReader.contents(path, inCorpus: source.inCorpus, corpus: corpus)
        }
        guard let data = read(source.file) else { return nil }
        return CorpusFile(path: source.path, hash: ContentHash.of(data, source.metadata.flatMap(read)), size: data.count)
    }

    /// The stamp of a source: its file's and, for a guideline file, its metadata file's ("-" when it
    /// has none). Nil when one of them is not a regular file; such sources are always hashed.
    static func stamp(of source: Source) -> (text: String, size: Int, settled: Bool)? {
        guard let file = FileStamp.of(source.file) else { return nil }
        var text = file.text
        var stamps = [file]
        if let metadata = source.metadata {
            if let stamp = FileStamp.of(metadata) {
                text += "|" + stamp.text
                stamps.append(stamp)
            } else if FileStamp.isMissing(metadata) {
                text += "|-"
            } else {
                return nil
            }
        }
        let now = FileStamp.now()
        return (text, file.size, stamps.allSatisfy { $0.isSettled(now: now) })
    }

    /// The files of a finished scan with the stamps to record: taken before the file is read again
    /// and kept only when settled and the content still hashes as indexed, so that an equal stamp
    /// later proves the indexed content. The others get none and are hashed by every check.
    static func stamped(_ files: [CorpusFile], in directory: URL) -> [CorpusFile] {
        let root = directory.path
        guard let sources = try? sources(in: root) else { return files }
        let byPath = Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        return files.map { file in
            var file = file
            guard let source = byPath[file.path], let stamp = stamp(of: source), stamp.settled,
                  hashed(source, corpus: root)?.hash == file.hash else { return file }
            file.stamp = stamp.text
            return file
        }
    }
}
