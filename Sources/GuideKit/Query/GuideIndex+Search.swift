/// Search: query analysis → passages scored from the posting lists (`PassageRanking`) → one hit per
/// recommendation, with a snippet of each (`SnippetMaker`).
extension GuideIndex {
    public func search(_ query: String, limit: Int = 10, explain: Bool = false) throws -> SearchResults {
        try search(query, limit: limit, explain: explain, keep: nil, annotate: nil)
    }

    /// `keep` filters the scored candidates and `annotate` completes each hit (`SearchFilter`).
    func search(_ query: String, limit: Int, explain: Bool, keep: (([SearchRanking.Candidate]) throws -> [SearchRanking.Candidate])?,
                annotate: ((SearchHit) throws -> SearchHit)?) throws -> SearchResults {
        let analysis = try analyze(query)
        guard !analysis.isEmpty, limit > 0 else {
            return SearchResults(query: query, analysis: analysis, results: [])
        }
        let (best, ranking) = try rankedCandidates(analysis, limit: limit, keep: keep)
        let hits = try self.hits(for: best, ranking: ranking).map { hit in
            var hit = hit
            if explain { hit.explanation = ranking.explanation(for: hit.section.id) }
            return try annotate?(hit) ?? hit
        }
        return SearchResults(query: query, analysis: analysis, results: hits)
    }

    /// The hits for the candidates, in their order, their passages read with one statement.
    private func hits(for candidates: [SearchRanking.Candidate], ranking: PassageRanking) throws -> [SearchHit] {
        var rows: [Int: Row] = [:]
        for row in try db.rows("""
            SELECT p.id, a.guideline_id, a.id, a.title, a.kind, a.url, a.source_path, c.number, c.title,
                   p.kind, s.title, p.first_line, p.last_line, p.text
            FROM json_each(?) j JOIN passages p ON p.id = j.value JOIN articles a ON a.id = p.article_id
            JOIN chapters c ON c.id = a.chapter_id JOIN sections s ON s.id = p.section_id
            """, [JSONList.integers(candidates.map(\.passageID))]) {
            if let id = row.int(0) { rows[id] = row }
        }
        var hits: [SearchHit] = []
        for candidate in candidates {
            guard let row = rows[candidate.passageID],
                  let hit = try hit(for: candidate, rank: hits.count + 1, row: row, ranking: ranking)
            else { continue }
            hits.append(hit)
        }
        return hits
    }

    private func hit(for candidate: SearchRanking.Candidate, rank: Int, row: Row, ranking: PassageRanking) throws -> SearchHit? {
        guard let guideline = try guidelineSummary(id: row.string(1) ?? "") else { return nil }
        let articleID = row.string(2) ?? ""
        let kind = try row.value(SectionKind.self, 9)
        let text = row.string(13) ?? ""
        let snippet = SnippetMaker(phrases: ranking.textPhrases(of: candidate.passageID)).snippet(of: text)
        return SearchHit(
            rank: rank,
            score: (candidate.score * 1000).rounded() / 1000,
            guideline: guideline,
            chapter: ChapterSummary(number: row.int(7) ?? 0, title: row.string(8) ?? ""),
            recommendation: ArticleSummary(id: articleID, title: row.string(3) ?? "", kind: try row.value(Article.Kind.self, 4)),
            section: SearchHit.Passage(id: candidate.passageID, title: row.string(10), kind: kind, text: text),
            snippet: snippet,
            source: SourceReference(path: row.string(6) ?? "", url: row.string(5) ?? guideline.url,
                                    lines: [row.int(11) ?? 0, row.int(12) ?? 0]),
            legalReferences: try legalReferences(articleID: articleID), explanation: nil)
    }
}
