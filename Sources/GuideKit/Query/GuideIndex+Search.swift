/// Search: query analysis → safe FTS5 expression → bm25 candidates → re-rank → one hit per recommendation.
extension GuideIndex {
    // Private-use scalars mark highlights in FTS5's snippet(); they never occur in corpus text.
    private static let open: Unicode.Scalar = "\u{E000}"
    private static let close: Unicode.Scalar = "\u{E001}"

    public func search(_ query: String, limit: Int = 10, explain: Bool = false) throws -> SearchResults {
        try search(query, limit: limit, explain: explain, keep: nil, annotate: nil)
    }

    /// `keep` filters the scored candidates and `annotate` completes each hit (`SearchFilter`).
    func search(_ query: String, limit: Int, explain: Bool, keep: (([SearchRanking.Candidate]) throws -> [SearchRanking.Candidate])?,
                annotate: ((SearchHit) throws -> SearchHit)?) throws -> SearchResults {
        let analysis = try analyze(query)
        guard let expression = analysis.expression, limit > 0 else {
            return SearchResults(query: query, analysis: analysis, results: [])
        }
        let rows = try db.rows("""
            SELECT p.id, p.article_id, bm25(passages_fts, ?, ?), p.text
            FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid
            WHERE passages_fts MATCH ?
            ORDER BY bm25(passages_fts, ?, ?), p.id
            LIMIT ?
            """, [IndexSchema.headingWeight, IndexSchema.textWeight, expression,
                  IndexSchema.headingWeight, IndexSchema.textWeight, SearchRanking.candidateLimit])
        var candidates = rows.map {
            SearchRanking.Candidate(passageID: $0.int(0) ?? 0, articleID: $0.string(1) ?? "", bm25: $0.double(2) ?? 0,
                                    text: $0.string(3) ?? "")
        }
        let matches = try wordMatches(analysis, among: candidates.map(\.passageID))
        for i in candidates.indices {
            candidates[i].explanation = SearchRanking.explain(candidates[i], analysis: analysis, matches: matches)
        }
        if let keep { candidates = try keep(candidates) }
        let best = SearchRanking.groupByArticle(candidates).prefix(limit)
        var hits: [SearchHit] = []
        for (offset, candidate) in best.enumerated() {
            if var hit = try hit(for: candidate, rank: offset + 1, expression: expression) {
                if explain { hit.explanation = candidate.explanation }
                hits.append(try annotate?(hit) ?? hit)
            }
        }
        return SearchResults(query: query, analysis: analysis, results: hits)
    }

    /// For each query word, the candidate passages holding it in the heading and in the text.
    private func wordMatches(_ analysis: QueryAnalysis, among ids: [Int]) throws -> [SearchRanking.WordMatches] {
        let idList = "[" + ids.map(String.init).joined(separator: ",") + "]"
        func matching(_ expression: String) throws -> Set<Int> {
            Set(try db.rows("""
                SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))
                """, [expression, idList]).compactMap { $0.int(0) })
        }
        return try analysis.words.map { word in
            let alternatives = QueryAnalysis.expression(for: word)
            return SearchRanking.WordMatches(inHeading: try matching("heading : (\(alternatives))"),
                                             inText: try matching("text : (\(alternatives))"))
        }
    }

    /// The passage's snippet, asked for only for the hits shown: snippet() re-reads the passage text.
    private func snippet(passageID: Int, expression: String) throws -> Snippet? {
        try db.firstRow("""
            SELECT snippet(passages_fts, 1, ?, ?, '…', 32) FROM passages_fts WHERE passages_fts MATCH ? AND rowid = ?
            """, [String(Self.open), String(Self.close), expression, passageID])
            .flatMap { $0.string(0) }.map { Snippet(marked: $0, open: Self.open, close: Self.close) }
    }

    private func hit(for candidate: SearchRanking.Candidate, rank: Int, expression: String) throws -> SearchHit? {
        guard let row = try db.firstRow("""
            SELECT a.guideline_id, a.id, a.title, a.kind, a.url, a.source_path, c.number, c.title,
                   p.kind, s.title, p.first_line, p.last_line
            FROM passages p JOIN articles a ON a.id = p.article_id JOIN chapters c ON c.id = a.chapter_id
            JOIN sections s ON s.id = p.section_id
            WHERE p.id = ?
            """, [candidate.passageID]),
            let guideline = try guidelineSummary(id: row.string(0) ?? "")
        else { return nil }
        let articleID = row.string(1) ?? ""
        let kind = row.string(8) ?? SectionKind.other.rawValue
        var snippet = try snippet(passageID: candidate.passageID, expression: expression) ?? Snippet(text: "", highlights: [])
        if snippet.text.isEmpty { snippet = Snippet(text: String(candidate.text.prefix(200)), highlights: []) }
        return SearchHit(
            rank: rank,
            score: (candidate.score * 1000).rounded() / 1000,
            guideline: guideline,
            chapter: ChapterSummary(number: row.int(6) ?? 0, title: row.string(7) ?? ""),
            recommendation: ArticleSummary(id: articleID, title: row.string(2) ?? "", kind: row.string(3) ?? ""),
            section: SearchHit.Passage(id: candidate.passageID, title: row.string(9), kind: kind, text: candidate.text),
            snippet: snippet,
            source: SourceReference(path: row.string(5) ?? "", url: row.string(4) ?? guideline.url,
                                    lines: [row.int(10) ?? 0, row.int(11) ?? 0]),
            legalReferences: try legalReferences(articleID: articleID), explanation: nil)
    }
}
