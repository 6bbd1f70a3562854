import Foundation
import GuideIndexer
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// What `guide install` copies, and where to: the running program, `guide-sync` and the indexer's
/// resource files beside it (found there at run time: `BuiltInResource`, and `Bundle.module`,
/// which stops the program when they are missing), and every file of the corpus but its index.
struct InstallSources {
    struct Copy {
        let source: String
        let target: String
        let mode: mode_t
    }

    /// The folder SwiftPM puts the indexer's resources in, beside the program.
    static let resourceFolder = "guide_GuideIndexer.resources"

    let program: [Copy]
    let corpus: [Copy]
    /// Files of the corpus left out: links and anything but regular files (named in a warning).
    let skipped: [String]

    init(programPath: String, binDirectory: String, corpusSource: String, corpusTarget: String) throws {
        let programDirectory = (programPath as NSString).deletingLastPathComponent
        var program = [Copy(source: programPath, target: binDirectory + "/guide", mode: 0o755)]
        let sync = programDirectory + "/guide-sync"
        if PathStatus.exists(sync) { program.append(Copy(source: sync, target: binDirectory + "/guide-sync", mode: 0o755)) }
        let resources = programDirectory + "/" + Self.resourceFolder
        for name in (try? FileManager.default.contentsOfDirectory(atPath: resources))?.sorted() ?? [] {
            program.append(Copy(source: resources + "/" + name, target: binDirectory + "/" + Self.resourceFolder + "/" + name, mode: 0o644))
        }
        self.program = program
        var corpus: [Copy] = [], skipped: [String] = []
        for relative in try Self.files(in: corpusSource) {
            let source = corpusSource + "/" + relative
            var info = stat()
            guard lstat(source, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
            guard info.st_mode & S_IFMT == S_IFREG else { skipped.append(source); continue }
            corpus.append(Copy(source: source, target: corpusTarget + "/" + relative, mode: 0o644))
        }
        self.corpus = corpus
        self.skipped = skipped
    }

    /// The corpus's files, relative and sorted, without its index (`.guide-index.sqlite` and the
    /// files a build or an update writes beside it), which install builds anew.
    private static func files(in corpus: String) throws -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: corpus) else {
            throw CorpusNotFoundError(places: [CorpusPlace(path: corpus, kind: .chosen)])
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(IndexLocation.defaultIndexName) || name.contains(".installing-") { continue }
            files.append(relative)
        }
        return files.sorted()
    }

    /// The checkout a program built in it runs from (`<checkout>/.build/…/guide`): the nearest folder
    /// above the program holding `Package.swift` and a corpus folder.
    static func checkoutCorpus(above programPath: String) -> String? {
        var folder = (programPath as NSString).deletingLastPathComponent
        while folder != "/" && !folder.isEmpty {
            folder = (folder as NSString).deletingLastPathComponent
            let corpus = folder + "/" + DataDirectory.corpusName
            if PathStatus.exists(folder + "/Package.swift") && PathStatus.isDirectory(corpus) { return corpus }
        }
        return nil
    }
}
