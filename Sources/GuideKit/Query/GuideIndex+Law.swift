import Foundation

/// `guide law`: the acts the corpus cites, and the recommendations citing one act or section.
///
/// Names resolve against the index's copy of the act registry (`acts`, `act_names`, written at
/// build time): any name, inflected name or abbreviation the registry knows, in any case, then the
/// same typed without æ ø å ("arbeidsmiljoloven"); otherwise `LawQueryError.unknownAct` with the
/// nearest known form.
extension GuideIndex {
    /// A known act, as the index's copy of the registry describes it.
    public struct KnownAct: Sendable, Hashable {
        public var name: String
        public var kind: ActKind
        public var url: String?
    }

    /// Every act and provision cited in the corpus, with the number of citing recommendations.
    public func citedLaw() throws -> LawOverview {
        let acts = try knownActs()
        let counts = try db.rows("SELECT act, count(DISTINCT article_id) FROM legal_references GROUP BY act").compactMap { row in
            row.string(0).map { ($0, row.int(1) ?? 0) }
        }
        let provisions = try citedProvisions(act: nil)
        return LawOverview(acts: counts.map { name, count in
            CitedAct(act: name, kind: acts[name]?.kind ?? .unknown, url: acts[name]?.url, count: count,
                     provisions: provisions[name] ?? [])
        }.sorted { ($1.count, $0.act) < ($0.count, $1.act) })
    }

    /// The recommendations citing an act, or a section or chapter of it, typed as a user would:
    /// "helsepersonelloven § 10a", "hpl 10 a", "lov om pasient- og brukerrettigheter § 3.3", "pbrl kapittel 3".
    public func lawCitations(_ typed: String) throws -> LawCitations {
        try lawCitations(LawQuery(parsing: typed), typed: typed)
    }

    /// As `lawCitations(_:)`, for a query already read; `typed` is echoed as the result's query.
    public func lawCitations(_ query: LawQuery, typed: String? = nil) throws -> LawCitations {
        let act = try resolveAct(query.act)
        let chapterNumber = query.chapter.map { String($0.dropFirst("kapittel ".count)) }
        let references = try citingReferences(act: act.name, section: query.section, chapterNumber: chapterNumber)
        var recommendations: [CitingRecommendation] = []
        var guidelines: [String: GuidelineSummary] = [:]
        let finder = try sentenceFinder(act: act.name)
        for (articleID, rows) in references {
            guard let first = rows.first else { continue }
            if guidelines[first.guidelineID] == nil { guidelines[first.guidelineID] = try guidelineSummary(id: first.guidelineID) }
            guard let guideline = guidelines[first.guidelineID] else { continue }
            recommendations.append(CitingRecommendation(
                guideline: guideline, chapter: first.chapter, recommendation: first.article,
                citations: rows.map(\.summary), passages: try passages(articleID: articleID, references: rows, finder: finder),
                source: first.source))
        }
        let provisions = (try citedProvisions(act: act.name)[act.name] ?? []).filter {
            LawOrder.matches(section: $0.section, part: $0.part, wanted: query.section, chapterNumber: chapterNumber)
        }
        // The address of what was asked for, as the references carry it; else the act's.
        let asked = provisions.first { provision in
            query.section.map { provision.section == $0 } ?? (provision.section == nil && provision.part == query.chapter)
        }
        let url = query.section == nil && query.chapter == nil ? act.url : asked?.url ?? act.url
        return LawCitations(query: typed ?? query.citation(actName: query.act), act: act.name, kind: act.kind,
                            section: query.section, part: query.chapter, url: url, count: recommendations.count,
                            provisions: provisions, recommendations: recommendations)
    }

    /// The act a name, short name or abbreviation stands for ("hpl", "Lov om helsepersonell",
    /// "helsepersonellovens", "arbeidsmiljoloven").
    public func resolveAct(_ written: String) throws -> KnownAct {
        let key = ActName.lookupKey(written)
        let acts = try knownActs()
        if let name = try db.firstRow("SELECT act FROM act_names WHERE alias = ?", [key])?.string(0), let act = acts[name] {
            return act
        }
        let aliases = try db.rows("SELECT alias, act, abbreviation FROM act_names ORDER BY alias").compactMap { row in
            row.string(0).flatMap { alias in row.string(1).map { (alias: alias, act: $0, abbreviation: row.int(2) == 1) } }
        }
        let folded = Spelling.folded(key)
        let sameFolded = Set(aliases.filter { Spelling.folded($0.alias) == folded }.map(\.act))
        if sameFolded.count == 1, let name = sameFolded.first, let act = acts[name] { return act }
        // The nearest form, the shorter of two as near; suggested as the act's canonical name, or as
        // the abbreviation it is.
        let shorterFirst = aliases.sorted { ($0.alias.count, $0.alias) < ($1.alias.count, $1.alias) }
        let nearest = NearestName.indexedNames.nearest(to: folded, among: shorterFirst) { Spelling.folded($0.alias) }
        throw LawQueryError.unknownAct(written.trimmingCharacters(in: .whitespaces),
                                       suggestion: nearest.map { $0.abbreviation ? $0.alias : $0.act })
    }

    // MARK: - Rows

    private func knownActs() throws -> [String: KnownAct] {
        var acts: [String: KnownAct] = [:]
        for row in try db.rows("SELECT name, kind, url FROM acts") {
            guard let name = row.string(0) else { continue }
            acts[name] = KnownAct(name: name, kind: try row.value(ActKind.self, 1), url: row.string(2))
        }
        return acts
    }

    /// The provisions cited, by act (one act, or all), in `LawOrder`.
    private func citedProvisions(act: String?) throws -> [String: [CitedProvision]] {
        let rows = try db.rows("""
            SELECT act, section, part, max(url), count(DISTINCT article_id) FROM legal_references
            WHERE ?1 IS NULL OR act = ?1 GROUP BY act, section, part
            """, [act])
        var byAct: [String: [CitedProvision]] = [:]
        for row in rows {
            guard let name = row.string(0) else { continue }
            let citation = LegalCitation.text(act: name, section: row.string(1), part: row.string(2))
            byAct[name, default: []].append(CitedProvision(section: row.string(1), part: row.string(2), citation: citation,
                                                          url: row.string(3), count: row.int(4) ?? 0))
        }
        return byAct.mapValues { $0.sorted(by: LawOrder.provisionPrecedes) }
    }

    /// One reference of a citing article, with what a result needs about the article.
    private struct ReferenceRow {
        let guidelineID: String
        let chapter: ChapterSummary
        let article: ArticleSummary
        let source: SourceReference
        let summary: LegalReferenceSummary
        let lines: ClosedRange<Int>
    }

    /// The references to the act (within the section or chapter), grouped by article in corpus order.
    private func citingReferences(act: String, section: String?, chapterNumber: String?) throws -> [(String, [ReferenceRow])] {
        let rows = try db.rows("""
            SELECT r.article_id, r.section, r.part, r.url, r.first_line, r.last_line,
                   a.guideline_id, a.title, a.kind, a.url, a.source_path, a.first_line, a.last_line, c.number, c.title, g.url
            FROM legal_references r JOIN articles a ON a.id = r.article_id JOIN chapters c ON c.id = a.chapter_id
            JOIN guidelines g ON g.id = a.guideline_id
            WHERE r.act = ? ORDER BY g.ordinal, c.number, a.ordinal, r.ordinal
            """, [act])
        var grouped: [(String, [ReferenceRow])] = []
        for row in rows {
            let articleID = row.string(0) ?? ""
            let cited = row.string(1), part = row.string(2)
            guard LawOrder.matches(section: cited, part: part, wanted: section, chapterNumber: chapterNumber) else { continue }
            let first = row.int(4) ?? 0
            let reference = ReferenceRow(
                guidelineID: row.string(6) ?? "",
                chapter: ChapterSummary(number: row.int(13) ?? 0, title: row.string(14) ?? ""),
                article: ArticleSummary(id: articleID, title: row.string(7) ?? "", kind: try row.value(Article.Kind.self, 8)),
                source: SourceReference(path: row.string(10) ?? "", url: row.string(9) ?? row.string(15),
                                        lines: [row.int(11) ?? 0, row.int(12) ?? 0]),
                summary: LegalReferenceSummary(act: act, section: cited, part: part, url: row.string(3)),
                lines: first...max(first, row.int(5) ?? first))
            if grouped.last?.0 == articleID { grouped[grouped.count - 1].1.append(reference) } else { grouped.append((articleID, [reference])) }
        }
        return grouped
    }

    // MARK: - Passages

    /// The act's names and abbreviations as the index stores them.
    private func sentenceFinder(act: String) throws -> CitationSentences {
        let rows = try db.rows("SELECT alias, abbreviation FROM act_names WHERE act = ? ORDER BY alias", [act])
        var names: [String] = [], abbreviations: [String] = []
        for row in rows {
            guard let alias = row.string(0) else { continue }
            if row.int(1) == 1 { abbreviations.append(alias) } else { names.append(alias) }
        }
        // A name keyed without its trailing dot ("lov om helsepersonell m.v") still ends a word.
        return CitationSentences(names: names.isEmpty ? [act] : names, abbreviations: abbreviations)
    }

    /// For each reference, the sentences that mention it: first in the parts its lines fall in,
    /// then anywhere in the article (a reference read from a link stands at the link), else the
    /// opening of the part it stands in. One passage per sentence, naming every reference it shows.
    private func passages(articleID: String, references: [ReferenceRow], finder: CitationSentences) throws -> [LawPassage] {
        let parts = try db.rows("SELECT ordinal, title, kind, text, first_line, last_line FROM sections WHERE article_id = ? ORDER BY ordinal",
                                [articleID]).map {
            (ordinal: $0.int(0) ?? 0, title: $0.string(1), kind: try $0.value(SectionKind.self, 2), text: $0.string(3) ?? "",
             lines: ($0.int(4) ?? 0)...max($0.int(4) ?? 0, $0.int(5) ?? 0))
        }
        var found: [String: (order: [Int], passage: LawPassage)] = [:]
        func add(_ part: (ordinal: Int, title: String?, kind: SectionKind, text: String, lines: ClosedRange<Int>),
                 _ sentence: CitationSentences.Found, citation: String) {
            let key = "\(part.ordinal):\(sentence.offset)"
            if var existing = found[key] {
                if !existing.passage.citations.contains(citation) { existing.passage.citations.append(citation) }
                found[key] = existing
            } else {
                found[key] = ([part.ordinal, sentence.offset],
                              LawPassage(kind: part.kind, title: part.title, citations: [citation], snippet: sentence.snippet,
                                         lines: [part.lines.lowerBound, part.lines.upperBound]))
            }
        }
        for reference in references {
            let section = reference.summary.section, part = reference.summary.part
            let around = parts.filter { $0.lines.overlaps(reference.lines) }
            var matched = false
            for candidates in [around, parts] where !matched {
                for p in candidates {
                    for sentence in finder.sentences(in: p.text, section: section, part: part) {
                        add(p, sentence, citation: reference.summary.citation)
                        matched = true
                    }
                }
            }
            if !matched, let p = around.first, let opening = CitationSentences.opening(of: p.text) {
                add(p, opening, citation: reference.summary.citation)
            }
        }
        return found.values.sorted { $0.order.lexicographicallyPrecedes($1.order) }.map(\.passage)
    }
}
