import Foundation

/// Guideline files that would index a guideline a second time: a name that is another's but for case
/// or extension ("x.TXT", "X.txt" or "x.md" beside "x.txt": one guideline id and one `.meta`), or
/// exactly the same text under another name. Indexing both would show the same advice twice (or fail
/// on the id), so the first in name order that is indexed stays and each later one is skipped with a
/// warning naming both. A file that cannot be indexed (empty, binary) never displaces a copy.
struct CorpusTwins {
    /// The indexed file (as shown) for each base name folded to lower case.
    private var indexedByName: [String: String] = [:]
    /// The indexed files (as shown) for each hash of their text; their lines are not kept (a build
    /// streams the corpus), so a file with the same hash is compared with the earlier one read again.
    private var indexedByText: [Int: [String]] = [:]

    /// The warning for a file whose base name is an indexed file's but for case, before it is read.
    func nameTwin(baseName: String) -> String? {
        indexedByName[baseName.lowercased()].map { "samme navn som \($0), som er indeksert, bortsett fra store/små bokstaver eller filendelse; hoppet over" }
    }

    /// The warning for a file whose text (as lines) is an indexed file's; `linesOf` reads an indexed
    /// file's lines again (nil when it no longer can: then it is no copy).
    func textTwin(lines: [String], linesOf: (String) -> [String]?) -> String? {
        indexedByText[Self.hash(lines)]?.first { linesOf($0) == lines }.map { "samme tekst som \($0), som er indeksert; hoppet over" }
    }

    /// Remembers a file that is indexed.
    mutating func indexed(shown: String, baseName: String, lines: [String]) {
        indexedByName[baseName.lowercased()] = shown
        indexedByText[Self.hash(lines), default: []].append(shown)
    }

    /// Any hash will do: equal lines are confirmed by comparing them.
    private static func hash(_ lines: [String]) -> Int {
        var hasher = Hasher()
        hasher.combine(lines)
        return hasher.finalize()
    }
}
