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
        var hits: [SearchHit] = []
        for (offset, candidate) in best.enumerated() {
            if var hit = try hit(for: candidate, rank: offset + 1, ranking: ranking) {
                if explain { hit.explanation = ranking.explanation(for: candidate.passageID) }
                hits.append(try annotate?(hit) ?? hit)
            }
        }
        return SearchResults(query: query, analysis: analysis, results: hits)
    }

    private func hit(for candidate: SearchRanking.Candidate, rank: Int, ranking: PassageRanking) throws -> SearchHit? {
        guard let row = try db.firstRow("""
            SELECT a.guideline_id, a.id, a.title, a.kind, a.url, a.source_path, c.number, c.title,
                   p.kind, s.title, p.first_line, p.last_line, p.text
            FROM passages p JOIN articles a ON a.id = p.article_id JOIN chapters c ON c.id = a.chapter_id
            JOIN sections s ON s.id = p.section_id
            WHERE p.id = ?
            """, [candidate.passageID]),
            let guideline = try guidelineSummary(id: row.string(0) ?? "")
        else { return nil }
        let articleID = row.string(1) ?? ""
        let kind = row.string(8) ?? SectionKind.other.rawValue
        let text = row.string(12) ?? ""
        let snippet = SnippetMaker(phrases: ranking.textPhrases(of: candidate.passageID)).snippet(of: text)
        return SearchHit(
            rank: rank,
            score: (candidate.score * 1000).rounded() / 1000,
            guideline: guideline,
            chapter: ChapterSummary(number: row.int(6) ?? 0, title: row.string(7) ?? ""),
            recommendation: ArticleSummary(id: articleID, title: row.string(2) ?? "", kind: row.string(3) ?? ""),
            section: SearchHit.Passage(id: candidate.passageID, title: row.string(9), kind: kind, text: text),
            snippet: snippet,
            source: SourceReference(path: row.string(5) ?? "", url: row.string(4) ?? guideline.url,
                                    lines: [row.int(10) ?? 0, row.int(11) ?? 0]),
            legalReferences: try legalReferences(articleID: articleID), explanation: nil)
    }
}
