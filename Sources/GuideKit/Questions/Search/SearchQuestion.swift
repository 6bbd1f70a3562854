/// `guide search`: query analysis → passages scored from the posting lists (`PassageRanking`) →
/// one hit per recommendation, with a snippet of each (`SnippetMaker`); filtered when asked
/// (`SearchFilter`).
public struct SearchQuestion: Question, Sendable, Hashable {
    public var query: String
    public var limit: Int
    /// Each hit says how its score was made (`SearchHit.Explanation`).
    public var explain: Bool
    public var filter: SearchFilter

    public init(_ query: String, limit: Int = 10, explain: Bool = false, filter: SearchFilter = SearchFilter()) {
        self.query = query
        self.limit = limit
        self.explain = explain
        self.filter = filter
    }

    /// An unknown `filter.role` throws `RoleQueryError.unknownRole`.
    public func answer(in store: IndexStore) throws -> SearchResults {
        guard !filter.isEmpty else { return try answer(in: store, keep: nil, annotate: nil) }
        let role = try filter.role.map { try RoleResolver(store: store).resolve($0) }
        let filter = self.filter
        return try answer(in: store, keep: { candidates in
            try filter.kept(candidates, role: role, in: store)
        }, annotate: filter.obligationsOnly ? { hit in try SearchFilter.withObligations(hit, in: store) } : nil)
    }

    /// `keep` filters the scored candidates and `annotate` completes each hit.
    private func answer(in store: IndexStore, keep: (([SearchRanking.Candidate]) throws -> [SearchRanking.Candidate])?,
                        annotate: ((SearchHit) throws -> SearchHit)?) throws -> SearchResults {
        let analysis = try QueryAnalyzer(store: store).analyze(query)
        guard !analysis.isEmpty, limit > 0 else {
            return SearchResults(query: query, analysis: analysis, results: [])
        }
        // Filler words say nothing of a situation: every passage holds them.
        guard analysis.words.contains(where: { !Stopwords.contains($0.typed) }) else {
            return SearchResults(query: query, analysis: analysis, results: [], fillerOnly: true)
        }
        let (best, ranking, dropped) = try Self.rankedCandidates(analysis, limit: limit, in: store, keep: keep)
        // Completed in place: a hit is a large value, and copying each costs more than building it.
        var hits = try Self.hits(for: best, ranking: ranking, in: store)
        if explain {
            let scored = try store.passageHits(ids: best.compactMap(\.scoredPassageID))
            for (index, candidate) in zip(hits.indices, best) {
                let scoredPassage = candidate.scoredPassageID.flatMap { id in scored[id].map { (id, $0) } }
                var explanation = ranking.explanation(for: scoredPassage?.0 ?? hits[index].section.id,
                                                      text: scoredPassage?.1.text ?? hits[index].section.text)
                explanation.scoredPart = scoredPassage.map { $0.1.kind.partHeading(title: $0.1.sectionTitle) }
                explanation.intentFactor = candidate.intentFactor
                explanation.score *= candidate.phraseFactor
                explanation.contentCoverage = candidate.contentCoverage
                explanation.score *= explanation.intentFactor
                explanation.movedBelow = candidate.movedBelow.flatMap { above in
                    hits.first { $0.section.id == above }.map { $0.recommendation?.title ?? $0.chapter.title }
                }
                explanation.movedOutsideNamedGuideline = candidate.movedOutsideNamedGuideline
                hits[index].explanation = explanation
            }
        }
        if let annotate { hits = try hits.map(annotate) }
        return SearchResults(query: query, analysis: analysis, results: hits, dropped: dropped)
    }

    /// The hits shown, best first (`SearchRanking.shown`), what the relevance floor left out, and
    /// the ranking that scored them (for snippets and explanations). The
    /// `SearchRanking.candidateLimit` best passages are the candidates; `keep` (a filter) sees them
    /// before one is chosen per recommendation.
    static func rankedCandidates(_ analysis: QueryAnalysis, limit: Int, in store: IndexStore,
                                 keep: (([SearchRanking.Candidate]) throws -> [SearchRanking.Candidate])? = nil)
        throws -> (candidates: [SearchRanking.Candidate], ranking: PassageRanking, dropped: DroppedHits?) {
        let plan = RankingPlan(analysis)
        let lengths = try store.passageLengths()
        let articles = try store.passageArticles()
        let ranking = PassageRanking(plan: plan, matches: try PhraseMatches.read(plan.phrases, from: store), lengths: lengths.byID,
                                     averageLength: lengths.average, rows: store.passageCount,
                                     articles: articles, guidelines: try store.articleGuidelines())
        let best = ranking.best(SearchRanking.candidateLimit)
        // A passage the array does not cover (none in an index of this schema) stands alone.
        let article = { (passage: Int) in passage < articles.count ? articles[passage] : -1 - passage }
        var candidates = try scoredCandidates(best, analysis, ranking: ranking, article: article, in: store)
        if let keep { candidates = try keep(candidates) }
        let (shown, dropped) = SearchRanking.shown(candidates, limit: limit)
        return (shown, ranking, dropped)
    }

    /// The `SearchRanking.phraseCandidates` best candidates whose heading or text holds one of the
    /// query's phrases, their score multiplied by `SearchRanking.phraseBonus`. Only the titles and
    /// texts whose posting lists hold every stem of a phrase are read and scanned
    /// (`QueryPhrases.Columns`); each guideline's title is stemmed once.
    private static func favourPhrases(_ phrases: QueryPhrases, in candidates: inout [SearchRanking.Candidate], ranking: PassageRanking,
                                      store: IndexStore) throws {
        guard !phrases.isEmpty else { return }
        let best = candidates.indices.sorted { (candidates[$0].score, candidates[$1].passageID) > (candidates[$1].score, candidates[$0].passageID) }
            .prefix(SearchRanking.phraseCandidates)
        let columns = QueryPhrases.Columns(phrases, ranking: ranking)
        let possible = best.map { columns.possible(in: candidates[$0].passageID) }
        let checked = zip(best, possible).filter { !$1.heading.isEmpty || !$1.text.isEmpty }
        guard !checked.isEmpty else { return }
        let checking = Dictionary(uniqueKeysWithValues: checked.map { (candidates[$0.0].passageID, $0) })
        var names: [String: Set<String>] = [:]
        try store.forEachPassagePhraseText(ids: checked.map { candidates[$0.0].passageID },
                                           textIDs: checked.filter { !$1.text.isEmpty }.map { candidates[$0.0].passageID }) { passage, titles, text in
            guard let (index, possible) = checking[passage] else { return }
            if names[titles.guidelineID] == nil {
                names[titles.guidelineID] = phrases.stems(ofTitle: try store.guideline(id: titles.guidelineID)?.title ?? "")
            }
            let named = names[titles.guidelineID] ?? []
            guard !possible.heading.isEmpty
                    && [titles.articleTitle, titles.sectionTitle ?? ""].contains(where: { phrases.isHeld(in: $0, named: named, among: possible.heading) })
                || text.map({ phrases.isHeld(inUTF8: $0, named: named, among: possible.text) }) == true else { return }
            candidates[index].phraseFactor = SearchRanking.phraseBonus
            candidates[index].score *= SearchRanking.phraseBonus
        }
    }

    /// What the passage covers of the query as a part of its recommendation: the words in its text,
    /// and those only its own heading holds (a sub-heading's "Pårørende") by their heading weight,
    /// but not the words its guideline's title holds ("ME", "ALS", "pasienter") nor those only in
    /// its recommendation's title (`articleHeading`): every part is about those, and the one part
    /// repeating the name in its text answers nothing better for it. `titleWords` keeps, per
    /// guideline id, the places of the words its title holds.
    private static func partCoverage(of passage: Int, facts: PassageRankingFacts?, _ analysis: QueryAnalysis, ranking: PassageRanking,
                                     articleHeading: Set<Int>, titleWords: inout [String: [Int]], titles: inout TitleStems) throws -> Double {
        guard let id = facts?.guidelineID else { return ranking.coverage(of: passage).text }
        if titleWords[id] == nil {
            let stems = try titles.of(guideline: id)
            titleWords[id] = analysis.words.indices.filter { titleHolds(stems, analysis.words[$0]) }
        }
        let named = titleWords[id] ?? []
        return ranking.coverage(of: passage, counting: { w in
            !named.contains(w) && (ranking.holdsInText(word: w, passage: passage) || !articleHeading.contains(w))
        }).content
    }

    /// Per article (of two candidate passages or more), the words every candidate of it holds in its
    /// heading: its title's, not a sub-heading's.
    private static func articleHeadingWords(_ passages: [Int], words: Int, article: (Int) -> Int,
                                            ranking: PassageRanking) -> [Int: Set<Int>] {
        var held: [Int: Set<Int>] = [:], count: [Int: Int] = [:]
        for passage in passages {
            let inHeading = Set((0..<words).filter { ranking.holdsInHeading(word: $0, passage: passage) })
            let a = article(passage)
            held[a] = held[a].map { $0.intersection(inHeading) } ?? inHeading
            count[a, default: 0] += 1
        }
        return held.filter { count[$0.key, default: 0] > 1 }
    }

    /// The scored passages as candidates: coverage, the part's coverage, intent, the guideline the
    /// query names and its phrases applied (`article` gives a passage's article place).
    static func scoredCandidates(_ best: [(passage: Int, score: Double)], _ analysis: QueryAnalysis, ranking: PassageRanking,
                                 article: (Int) -> Int, in store: IndexStore) throws -> [SearchRanking.Candidate] {
        let facts = try store.passageRankingFacts(ids: best.map(\.passage))
        var titles = TitleStems(store, queryStems: analysis.words.flatMap { $0.alternatives.joined() })
        let named = try namedGuidelines(analysis, best: best.map(\.passage), article: article, ranking: ranking, facts: facts,
                                        titles: &titles)
        // The words naming what should be contained ("planen"), not the cue asking for it ("inneholde").
        let topic = analysis.intent.map { intent in analysis.words.indices.filter { intent.topic.contains(analysis.words[$0].typed) } } ?? []
        // The thing asked about ("planen", "koordinatoren"): a checklist of the kind asked for naming it is the part to show.
        let head = analysis.intent?.head.flatMap { head in analysis.words.indices.first { analysis.words[$0].typed == head } }
        // The cue words themselves ("inkludere"): a sentence of the advice holding the thing asked
        // about and the cue ("Informasjonen bør inkludere …") says what it should contain.
        // Only a content verb or noun ("inneholde", "inkludere", "punkter"), not a word of "spørre om".
        let cues = analysis.intent?.kind != .checklist ? [] : analysis.words.indices.filter { w in
            ChecklistCues.matches(analysis.words[w].typed, any: ChecklistCues.content.filter { !$0.contains(" ") })
        }
        var titleWords: [String: [Int]] = [:]
        let articleHeading = articleHeadingWords(best.map(\.passage), words: analysis.words.count, article: article, ranking: ranking)
        var candidates = try best.map { scored in
            let covered = ranking.coverage(of: scored.passage)
            let part = try partCoverage(of: scored.passage, facts: facts[scored.passage], analysis, ranking: ranking,
                                        articleHeading: articleHeading[article(scored.passage)] ?? [],
                                        titleWords: &titleWords, titles: &titles)
            var candidate = SearchRanking.Candidate(passageID: scored.passage, article: article(scored.passage), score: scored.score,
                                                    partCoverage: part, contentCoverage: covered.content,
                                                    facts: facts[scored.passage])
            candidate.asksWhy = analysis.asksWhy == true
            let wanted = candidate.facts?.isChecklist == true && analysis.intent?.wants(candidate.facts?.checklistTopic) == true
            candidate.intentFactor = wanted ? intentFactor(candidate, topic: topic, ranking: ranking) : 1
            candidate.score *= candidate.intentFactor
            let statesContent = candidate.facts?.isChecklist == false && cues.contains { ranking.holdsInText(word: $0, passage: scored.passage) }
            candidate.answersIntent = (wanted || statesContent) && head.map { ranking.holds(word: $0, passage: scored.passage) } == true
            candidate.statesIntent = candidate.answersIntent && cues.contains { ranking.holdsInText(word: $0, passage: scored.passage) }
            if !named.words.isEmpty {
                candidate.inNamedGuideline = named.guidelines.contains(ranking.guideline(of: scored.passage))
                    || named.words.contains { ranking.holds(word: $0, passage: scored.passage) }
            }
            return candidate
        }
        try favourPhrases(QueryPhrases(analysis), in: &candidates, ranking: ranking, store: store)
        return candidates
    }

    /// The words of the query naming a guideline among the candidates ("ALS", "ME"), with the places
    /// of the guidelines they name: most of its passages carry the word in their heading
    /// (`PassageRanking.namesGuideline`) and its title holds it, so a word its passages share by
    /// chance ("individuell" on a one-topic page) names nothing.
    private static func namedGuidelines(_ analysis: QueryAnalysis, best: [Int], article: (Int) -> Int, ranking: PassageRanking,
                                        facts: [Int: PassageRankingFacts], titles: inout TitleStems) throws -> (words: [Int], guidelines: Set<Int>) {
        var words: [Int] = [], guidelines: Set<Int> = []
        for (w, word) in analysis.words.enumerated() where !word.isConcept {
            // One passage per guideline is enough to read its title, but the word must head passages
            // of `SearchRanking.namingArticles` of its articles: a one-page guideline's title words
            // head all its passages and name nothing beyond that page.
            var articlesOf: [Int: Set<Int>] = [:], first: [Int: Int] = [:]
            for passage in best where ranking.namesGuideline(word: w, passage: passage) {
                let g = ranking.guideline(of: passage)
                articlesOf[g, default: []].insert(article(passage))
                if first[g] == nil { first[g] = passage }
            }
            let passages = first.filter { articlesOf[$0.key, default: []].count >= SearchRanking.namingArticles }.values.sorted()
            guard !passages.isEmpty else { continue }
            for passage in passages {
                guard let id = facts[passage]?.guidelineID, titleHolds(try titles.of(guideline: id), word) else { continue }
                if words.last != w { words.append(w) }
                guidelines.insert(ranking.guideline(of: passage))
            }
        }
        return (words, guidelines)
    }

    /// Whether the title (its stems, `TitleStems`) holds every stem of one of the word's alternatives.
    static func titleHolds(_ stems: Set<String>, _ word: QueryAnalysis.Word) -> Bool {
        word.alternatives.contains { !$0.isEmpty && $0.allSatisfy(stems.contains) }
    }

    /// What the question's intent multiplies the candidate's score by: `SearchRanking.checklistIntentBonus`
    /// for a checklist holding every word of the intent's topic (`topic`: places in the analysis), else 1.
    private static func intentFactor(_ candidate: SearchRanking.Candidate, topic: [Int], ranking: PassageRanking) -> Double {
        guard !topic.isEmpty, candidate.facts?.isChecklist == true,
              topic.allSatisfy({ ranking.holds(word: $0, passage: candidate.passageID) }) else { return 1 }
        return SearchRanking.checklistIntentBonus
    }

    /// The hits for the candidates, in their order, their passages read with one statement and their
    /// articles' legal references with another.
    private static func hits(for candidates: [SearchRanking.Candidate], ranking: PassageRanking, in store: IndexStore) throws -> [SearchHit] {
        let records = try store.passageHits(ids: candidates.map(\.passageID))
        let found = candidates.compactMap { candidate in records[candidate.passageID].map { (candidate, $0) } }
        let references = try store.legalReferences(articleIDs: found.map(\.1.articleID))
        var hits: [SearchHit] = []
        for ((candidate, record), references) in zip(found, references) {
            guard let guideline = try store.guideline(id: record.guidelineID) else { continue }
            hits.append(SearchHit(
                rank: hits.count + 1,
                score: (candidate.score * 1000).rounded() / 1000,
                guideline: GuidelineSummary(guideline),
                chapter: ChapterSummary(number: record.chapterNumber, title: record.chapterTitle),
                recommendation: ArticleSummary(id: record.articleID, title: record.articleTitle, kind: record.articleKind),
                section: SearchHit.Passage(id: candidate.passageID, title: record.sectionTitle, kind: record.kind, text: record.text),
                snippet: SnippetMaker(phrases: ranking.textPhrases(of: candidate.passageID)).snippet(of: record.text),
                source: SourceReference(path: record.sourcePath, url: record.articleURL ?? guideline.url,
                                        lines: [record.firstLine, record.lastLine]),
                legalReferences: references.map(LegalReferenceSummary.init),
                explanation: nil))
        }
        return hits
    }
}
