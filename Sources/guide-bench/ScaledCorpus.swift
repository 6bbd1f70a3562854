import Foundation

/// A corpus N times the bundled one, written as the same kinds of text files the readers take
/// (web page saved as text, PDF saved as text, Markdown), so indexing goes through the real readers.
///
/// Copy 0 of each file is the original, unchanged: the judged queries still have their answers.
/// Copy v > 0 is `<name>-v<v>.txt` (with its `.meta`, title marked), its help-site addresses moved
/// under `/variant-<v>/`, and a seeded share of its prose words replaced, so the index does not
/// hold N duplicates: about 20 % of the eligible words become one of a few synthetic siblings
/// (the vocabulary grows with √N, as a real collection's does) and 15 % another word of the same
/// file (real words in new company). Lines that carry structure — short lines (headings, labels,
/// print furniture), addresses, legal references — are kept as they are, and so are capitalized
/// words, so every copy reads into the same guideline shape. Generation is deterministic.
struct ScaledCorpus {
    let source: URL
    let copies: Int

    struct Written {
        var files = 0
        var bytes = 0
    }

    func write(to directory: URL) throws -> Written {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written = Written()
        let names = try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
        for name in names where !name.hasPrefix(".") {
            let url = source.appendingPathComponent(name)
            let ext = url.pathExtension
            guard ["txt", "md", "markdown"].contains(ext) else {
                // synonyms.tsv and other corpus-wide files are copied once; .meta goes with its text.
                if ext != "meta" { try copy(url, to: directory.appendingPathComponent(name), written: &written) }
                continue
            }
            let base = url.deletingPathExtension().lastPathComponent
            let text = try String(contentsOf: url, encoding: .utf8)
            let meta = try? String(contentsOf: url.deletingPathExtension().appendingPathExtension("meta"), encoding: .utf8)
            let rewriter = VariantRewriter(text: text, copies: copies)
            for v in 0..<copies {
                let stem = v == 0 ? base : "\(base)-v\(v)"
                let body = v == 0 ? text : rewriter.variant(v)
                try save(body, to: directory.appendingPathComponent("\(stem).\(ext)"), written: &written)
                if let meta {
                    let body = v == 0 ? meta : Self.meta(meta, variant: v)
                    try save(body, to: directory.appendingPathComponent("\(stem).meta"), written: &written)
                }
            }
        }
        return written
    }

    /// The metadata of copy `v`: its title marked, so the copies are told apart in listings.
    static func meta(_ meta: String, variant v: Int) -> String {
        meta.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("title:") ? "\(line) (kopi \(v))" : String(line)
        }.joined(separator: "\n")
    }

    private func save(_ text: String, to url: URL, written: inout Written) throws {
        let data = Data(text.utf8)
        try data.write(to: url)
        written.files += 1
        written.bytes += data.count
    }

    private func copy(_ url: URL, to target: URL, written: inout Written) throws {
        let data = try Data(contentsOf: url)
        try data.write(to: target)
        written.files += 1
        written.bytes += data.count
    }
}
