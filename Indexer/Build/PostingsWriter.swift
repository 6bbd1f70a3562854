import GuideKit

/// Writes the `postings`, `passage_lengths` and `passage_articles` tables: the passages tokenized by
/// the same analyzer FTS5 used for them, read back from the table FTS5 read, so both agree on every
/// term and count.
struct PostingsWriter {
    let db: Database
    let analyzer: NorwegianAnalyzer

    func write() throws {
        var lists: [String: PostingList] = [:]
        var lengths: [Int] = [0], articleIDs: [String] = [""]
        var passages = 0
        var counts: [String: (heading: Int, text: Int)] = [:]
        for row in try db.rows("SELECT id, heading, text, article_id FROM passages ORDER BY id") {
            guard let id = row.int(0), id > 0 else { continue }
            passages += 1
            counts.removeAll(keepingCapacity: true)
            var length = 0
            for (column, text) in [row.string(1) ?? "", row.string(2) ?? ""].enumerated() {
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
            articleIDs[id] = row.string(3) ?? ""
        }
        let insert = try db.prepare("INSERT INTO postings(term, data) VALUES (?, ?)")
        // In key order, so the b-tree is filled page after page.
        for term in lists.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            try insert.run([term, SQLValue.blob(lists[term]?.bytes ?? [])])
        }
        try db.run("INSERT INTO passage_lengths(id, passages, data) VALUES (0, ?, ?)",
                   [passages, SQLValue.blob(PassageValues.encode(lengths))])
        // Places in the order Swift compares the ids, the order search breaks ties in. An id without a
        // passage (none but 0) is never ranked: its 0 is never read.
        let places = Dictionary(uniqueKeysWithValues: Set(articleIDs.filter { !$0.isEmpty }).sorted().enumerated().map { ($1, $0) })
        try db.run("INSERT INTO passage_articles(id, data) VALUES (0, ?)",
                   [SQLValue.blob(PassageValues.encode(articleIDs.map { places[$0] ?? 0 }))])
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
