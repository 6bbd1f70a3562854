import GuideKit

/// Writes the `postings` and `passage_lengths` tables: the passages tokenized by the same analyzer
/// FTS5 used for them, read back from the table FTS5 read, so both agree on every term and count.
struct PostingsWriter {
    let db: Database
    let analyzer: NorwegianAnalyzer

    func write() throws {
        var lists: [String: PostingList] = [:]
        var lengths: [Int] = [0]
        var passages = 0
        var counts: [String: (heading: Int, text: Int)] = [:]
        for row in try db.rows("SELECT id, heading, text FROM passages ORDER BY id") {
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
            if lengths.count <= id { lengths += Array(repeating: 0, count: id + 1 - lengths.count) }
            lengths[id] = length
        }
        let insert = try db.prepare("INSERT INTO postings(term, data) VALUES (?, ?)")
        // In key order, so the b-tree is filled page after page.
        for term in lists.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            try insert.run([term, SQLValue.blob(lists[term]?.bytes ?? [])])
        }
        try db.run("INSERT INTO passage_lengths(id, passages, data) VALUES (0, ?, ?)",
                   [passages, SQLValue.blob(PassageLengths.encode(lengths))])
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
