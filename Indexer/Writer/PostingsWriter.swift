import GuideKit

/// Writes the posting lists and the passage values (lengths, articles): the passages tokenized by
/// the same analyzer FTS5 used for them, read back from the table FTS5 read, so both agree on every
/// term and count.
struct PostingsWriter {
    let store: IndexStore
    let analyzer: NorwegianAnalyzer

    func write() throws {
        var lists: [String: PostingList] = [:]
        var lengths: [Int] = [0], articleIDs: [String] = [""]
        var passages = 0
        var counts: [String: (heading: Int, text: Int)] = [:]
        for passage in try store.passages() {
            guard let id = passage.id, id > 0 else { continue }
            passages += 1
            counts.removeAll(keepingCapacity: true)
            var length = 0
            for (column, text) in [passage.heading, passage.text].enumerated() {
                length += tokenize(text) { token in
                    if column == 0 { counts[token, default: (0, 0)].heading += 1 } else { counts[token, default: (0, 0)].text += 1 }
                }
            }
            for (token, count) in counts {
                lists[token, default: PostingList()].append(passage: id, heading: count.heading, text: count.text)
            }
            if lengths.count <= id {
                lengths += Array(repeating: 0, count: id + 1 - lengths.count)
                articleIDs += Array(repeating: "", count: id + 1 - articleIDs.count)
            }
            lengths[id] = length
            articleIDs[id] = passage.articleID
        }
        try store.writePostings(lists)
        try store.writePassageLengths(lengths, passages: passages)
        // Places in the order Swift compares the ids, the order search breaks ties in. An id without a
        // passage (none but 0) is never ranked: its 0 is never read.
        let places = Dictionary(uniqueKeysWithValues: Set(articleIDs.filter { !$0.isEmpty }).sorted().enumerated().map { ($1, $0) })
        try store.writePassageArticles(articleIDs.map { places[$0] ?? 0 })
    }

    /// Calls `body` for each token FTS5 indexes in `text`; returns the column's size as FTS5 counts
    /// it: tokens at a position of their own (a colocated token counts only when it comes first).
    private func tokenize(_ text: String, _ body: (String) -> Void) -> Int {
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
