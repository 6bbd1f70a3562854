import Foundation

/// Guideline files that would index a guideline a second time: a name that is another's but for case
/// or extension ("x.TXT", "X.txt" or "x.md" beside "x.txt": one guideline id and one `.meta`), or
/// exactly the same text under another name. Indexing both would show the same advice twice (or fail
/// on the id), so the first in name order that is indexed stays and each later one is skipped with a
/// warning naming both. A file that cannot be indexed (empty, binary) never displaces a copy.
struct CorpusTwins {
    /// The indexed file (as shown) for each base name folded to lower case.
    private var indexedByName: [String: String] = [:]
    /// The indexed files (as shown, with their lines) for each hash of their text.
    private var indexedByText: [Int: [(shown: String, lines: [String])]] = [:]

    /// The warning for a file whose base name is an indexed file's but for case, before it is read.
    func nameTwin(baseName: String) -> String? {
        indexedByName[baseName.lowercased()].map { "samme navn som \($0), som er indeksert, bortsett fra store/små bokstaver eller filendelse; hoppet over" }
    }

    /// The warning for a file whose text (as lines) is an indexed file's.
    func textTwin(lines: [String]) -> String? {
        indexedByText[Self.hash(lines)]?.first { $0.lines == lines }.map { "samme tekst som \($0.shown), som er indeksert; hoppet over" }
    }

    /// Remembers a file that is indexed.
    mutating func indexed(shown: String, baseName: String, lines: [String]) {
        indexedByName[baseName.lowercased()] = shown
        indexedByText[Self.hash(lines), default: []].append((shown, lines))
    }

    /// Any hash will do: equal lines are confirmed by comparing them (`lines` shares the document's storage).
    private static func hash(_ lines: [String]) -> Int {
        var hasher = Hasher()
        hasher.combine(lines)
        return hasher.finalize()
    }
}
