import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// A build's posting lists under a memory budget. Passages come in ascending id, so one run (the
/// passages added since the last spill) holds per term a list already in passage order; when the
/// run outgrows the budget its terms are sorted and it is spilled to a file beside the index. At the
/// end the runs are merged term by term (k-way, each term's lists concatenated in run order) into
/// the postings table: the whole corpus's lists are never held at once.
struct PostingRuns {
    /// What a run may hold before it is spilled, in bytes (estimated: list bytes, terms, table entries).
    static let defaultBudget = 48 << 20

    let analyzer: NorwegianAnalyzer
    let budget: Int
    /// Where spilled runs go: `<prefix>-run<n>`, next to the build's temporary file.
    let spillPrefix: String
    private var run: [String: PostingList] = [:]
    private var runBytes = 0
    private var spilled: [String] = []
    private var counts: [String: (heading: Int, text: Int)] = [:]
    /// Seconds spent in the analyzer (the rest of `add` is the lists' own work).
    private(set) var analyzeSeconds = 0.0
    /// The passage values, kept whole: a number and an article index per passage, not its text.
    private(set) var values = PassageValueColumns()

    init(analyzer: NorwegianAnalyzer, budget: Int = defaultBudget, spillPrefix: String) {
        self.analyzer = analyzer
        self.budget = budget
        self.spillPrefix = spillPrefix
    }

    /// The number of runs written to files so far.
    var spilledRuns: Int { spilled.count }

    /// Adds a passage as stored; ids must ascend.
    mutating func add(id: Int, heading: String, text: String, articleID: String) throws {
        counts.removeAll(keepingCapacity: true)
        let start = BuildStages.now()
        var length = PostingsWriter.tokenize(heading, analyzer) { counts[$0, default: (0, 0)].heading += 1 }
        length += PostingsWriter.tokenize(text, analyzer) { counts[$0, default: (0, 0)].text += 1 }
        analyzeSeconds += BuildStages.now() - start
        for (token, count) in counts {
            let before = run[token]?.bytes.count ?? -(token.utf8.count + 96)
            run[token, default: PostingList()].append(passage: id, heading: count.heading, text: count.text)
            runBytes += (run[token]?.bytes.count ?? 0) - before
        }
        values.add(id: id, length: length, articleID: articleID)
        if runBytes > budget { try spill() }
    }

    /// Writes the merged lists and the passage values, and removes the spilled runs.
    func write(to store: IndexStore) throws {
        defer { removeSpilled() }
        if spilled.isEmpty {
            try store.writePostings { sink in
                for term in run.keys.sorted(by: Self.precedes) { try sink(term, run[term] ?? PostingList()) }
            }
        } else {
            // The copy spills the last run too, so it is the copy that knows every file to remove.
            var all = self
            defer { all.removeSpilled() }
            try all.spill()
            try Self.merge(all.spilled, into: store)
        }
        try values.write(to: store)
    }

    func removeSpilled() {
        for path in spilled { unlink(path) }
    }

    /// Terms in the postings table's key order: SQLite compares TEXT keys by their UTF-8 bytes.
    static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    private mutating func spill() throws {
        guard !run.isEmpty else { return }
        let path = spillPrefix + "-run\(spilled.count)"
        spilled.append(path)
        let file = try RunFile(writing: path)
        for term in run.keys.sorted(by: Self.precedes) {
            if let list = run[term] { try file.write(term: term, list: list) }
        }
        try file.close()
        run.removeAll()
        runBytes = 0
    }

    /// K-way merge of sorted runs: the smallest head term is taken from every run that has it, in run order.
    private static func merge(_ paths: [String], into store: IndexStore) throws {
        let files = try paths.map { try RunFile(reading: $0) }
        defer { for file in files { try? file.close() } }
        var heads = try files.map { try $0.next() }
        try store.writePostings { sink in
            while let term = heads.compactMap({ $0?.term }).min(by: precedes) {
                var merged = PostingList()
                for index in heads.indices where heads[index]?.term == term {
                    merged.append(contentsOf: heads[index]?.list ?? PostingList())
                    heads[index] = try files[index].next()
                }
                try sink(term, merged)
            }
        }
    }
}

/// Every passage's length and article, as `PostingsWriter` keeps them, but with each article id
/// held once (a passage holds its index): the text of the ids is not repeated per passage.
struct PassageValueColumns {
    private(set) var passages = 0
    private var lengths: [Int32] = [0]
    private var articleOf: [Int32] = [-1]
    private var articles: [String] = []
    private var articleIndex: [String: Int32] = [:]

    mutating func add(id: Int, length: Int, articleID: String) {
        passages += 1
        if lengths.count <= id {
            lengths += Array(repeating: 0, count: id + 1 - lengths.count)
            articleOf += Array(repeating: -1, count: id + 1 - articleOf.count)
        }
        lengths[id] = Int32(clamping: length)
        if let index = articleIndex[articleID] {
            articleOf[id] = index
        } else {
            articleIndex[articleID] = Int32(articles.count)
            articleOf[id] = Int32(articles.count)
            articles.append(articleID)
        }
    }

    /// Writes the lengths, and the articles as places in the order Swift compares their ids (as `PostingsWriter`).
    func write(to store: IndexStore) throws {
        try store.writePassageLengths(lengths.map(Int.init), passages: passages)
        var placeOf = Array(repeating: 0, count: articles.count)
        for (place, index) in articles.indices.filter({ !articles[$0].isEmpty }).sorted(by: { articles[$0] < articles[$1] }).enumerated() {
            placeOf[index] = place
        }
        try store.writePassageArticles(articleOf.map { $0 < 0 || articles[Int($0)].isEmpty ? 0 : placeOf[Int($0)] })
    }
}
