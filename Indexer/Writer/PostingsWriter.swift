import GuideKit

/// The posting lists and the passage values (lengths, articles), made from the analyzer's tokens
/// once, as each passage is written: the analyzer is the one FTS5 tokenizes the passages with, so
/// both agree on every term and count. Holds the lists, not the passages.
struct PostingsWriter {
    let analyzer: NorwegianAnalyzer
    /// The number of passages added.
    private(set) var passages = 0
    /// Per term, the passages added that hold it (read by `IndexUpdater` to patch the stored lists).
    private(set) var lists: [String: PostingList] = [:]
    /// Per passage id added, its length and article (0 and "" elsewhere).
    private(set) var lengths: [Int] = [0], articleIDs: [String] = [""]
    /// One passage's counts per term (heading, text); kept to reuse its storage.
    private var counts: [String: (heading: Int, text: Int)] = [:]

    init(analyzer: NorwegianAnalyzer) {
        self.analyzer = analyzer
    }

    /// Adds a passage under its id; ids must ascend.
    mutating func add(_ passage: Passage, id: Int) {
        add(heading: passage.heading, text: passage.text, articleID: passage.articleID, id: id)
    }

    /// Adds a passage as stored (an update reads back the passages it replaces); ids must ascend.
    mutating func add(heading: String, text: String, articleID: String, id: Int) {
        passages += 1
        counts.removeAll(keepingCapacity: true)
        var length = Self.tokenize(heading, analyzer) { counts[$0, default: (0, 0)].heading += 1 }
        length += Self.tokenize(text, analyzer) { counts[$0, default: (0, 0)].text += 1 }
        for (token, count) in counts {
            lists[token, default: PostingList()].append(passage: id, heading: count.heading, text: count.text)
        }
        if lengths.count <= id {
            lengths += Array(repeating: 0, count: id + 1 - lengths.count)
            articleIDs += Array(repeating: "", count: id + 1 - articleIDs.count)
        }
        lengths[id] = length
        articleIDs[id] = articleID
    }

    /// Writes the posting lists, the lengths and the articles of every passage added.
    func write(to store: IndexStore) throws {
        try store.writePostings(lists)
        try store.writePassageLengths(lengths, passages: passages)
        // Places in the order Swift compares the ids, the order search breaks ties in. An id without a
        // passage (none but 0) is never ranked: its 0 is never read.
        let places = Dictionary(uniqueKeysWithValues: Set(articleIDs.filter { !$0.isEmpty }).sorted().enumerated().map { ($1, $0) })
        try store.writePassageArticles(articleIDs.map { places[$0] ?? 0 })
    }

    /// Calls `body` for each token FTS5 indexes in `text`; returns the column's size as FTS5 counts
    /// it: tokens at a position of their own (a colocated token counts only when it comes first).
    static func tokenize(_ text: String, _ analyzer: NorwegianAnalyzer, _ body: (String) -> Void) -> Int {
        var text = text
        var size = 0
        text.withUTF8 { bytes in
            analyzer.tokenize(bytes, reason: .document) { token, _, _, colocated in
                if !colocated || size == 0 { size += 1 }
                body(token)
                return true
            }
        }
        return size
    }
}
