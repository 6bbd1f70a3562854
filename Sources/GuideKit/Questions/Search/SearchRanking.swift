import Foundation

/// How passages are ordered: the one place for the ranking policy and its weights.
///
/// FTS5's bm25 (heading weighted above text: `headingWeight`, `textWeight`) gives the base. It is
/// multiplied by the share of the query's words the passage holds (squared, so a passage answering
/// the whole question beats one that repeats a single word, plus `coverageFloor`) and by a bonus
/// for words in the heading (the recommendation's and the part's title: `headingBonus`). Corrected
/// words weigh `correctedWeight` of typed ones, the guidelines' terms for a lay phrase of the query
/// (the concept lexicon) `conceptWeight`. A word found only in the heading counts by its
/// heading weight (`HeadingShares`: little when most of the guideline's passages carry it there,
/// as its name does), in coverage and bonus alike. A question asking what something should contain
/// (`QueryIntent`), or what a role does, multiplies a checklist's score (of the role's tasks for a
/// role) by `checklistIntentBonus`. In a question of `longQueryWords` words or more, each word counts
/// in coverage by how much it tells (`informativeness`). Ties break on article
/// id and passage id, so results are deterministic. `score` is the formula; `--explain` shows these
/// constants.
///
/// Then which hits are shown (`shown`): each recommendation by the part that covers most of the
/// query beyond its guideline's name (its advice before its rationale on ties: `partOrder`); when the query names a
/// guideline ("ALS": `namingShare`), a hit outside it never above its hits covering as much; a text page never above a
/// recommendation covering more of the query, or as much at a fifth of its score; and none below
/// the relevance floor (`relevant`).
enum SearchRanking {
    /// How many of the best passages are grouped into one hit per recommendation.
    static let candidateLimit = 400
    /// Column weights for bm25 (FTS5's phrase frequency): a heading occurrence counts this many text ones.
    static let headingWeight = 4.0
    static let textWeight = 1.0
    /// What a passage keeps of its bm25 however small its share of the query's words.
    static let coverageFloor = 0.25
    /// Weight of the heading bonus: a passage whose heading holds every query word scores 1 + this times more.
    static let headingBonus = 0.5
    /// A corrected word counts this much of a typed one, so exact matches rank above corrected ones.
    static let correctedWeight = 0.5
    /// A concept's terms, searched for a lay phrase of the query, count this much of a typed word, so
    /// a passage holding the words typed ranks above one holding only the concept's terms.
    static let conceptWeight = 0.5

    /// What a word of the query counts for in its coverage: 1 typed (or its Bokmål form for a
    /// Nynorsk word), less corrected or a concept's.
    /// A word that only says what the question asks for (`QueryIntent.cues`: "inneholde", "handle
    /// om") counts this much: the answer names the topic, and says "innholdet" or nothing at all.
    static let intentCueWeight = 0.25
    /// The thing such a question asks about ("kontrollene" in "hva bør kontrollene på sykehuset
    /// inneholde", `QueryIntent.head`) counts this much: an answer about something else is no answer.
    static let intentHeadWeight = 2.0

    /// A query of this many words or more is a question told at length ("jeg jobber på … og lurer
    /// på …"): its words count in coverage by how much they tell (`informativeness`), so the words
    /// framing the question ("fått", "ny", "pasient") do not decide which passage covers it.
    static let longQueryWords = 6
    /// A word held by passages whose idf is `informativeIdf` or more counts fully, one held by most
    /// passages `leastInformative`, in between in proportion.
    static let informativeIdf = 2.0
    static let leastInformative = 0.25

    static func informativeness(holding: Int, rows: Int) -> Double {
        let idf = log((Double(rows) - Double(holding) + 0.5) / (Double(holding) + 0.5))
        return min(1, max(leastInformative, idf / informativeIdf))
    }

    /// An adverb of degree or time ("mye", "nesten", "lenger": `Concept.degreeAdverbs`) counts this
    /// much: it qualifies what the query describes, and a passage holding it answers nothing better.
    static let degreeAdverbWeight = 0.25

    static func weight(of word: QueryAnalysis.Word, intent: QueryIntent? = nil) -> Double {
        if let intent, intent.isCue(word.typed) { return intentCueWeight }
        if !word.isConcept, Concept.degreeAdverbs.contains(word.typed) { return degreeAdverbWeight }
        if let intent, intent.head == word.typed { return intentHeadWeight }
        return word.isConcept ? conceptWeight : word.corrected ? correctedWeight : 1
    }

    /// A candidate whose text holds two of the query's words side by side, or a synonym of several
    /// words as a phrase (`QueryPhrases`), scores this many times more; only the best
    /// `phraseCandidates` are read for it: twice a page of hits. The judged queries rank the same
    /// with 10, 20 and 40 read, and each text read costs every search (the web page's latency).
    static let phraseBonus = 1.5
    static let phraseCandidates = 20

    /// A checklist's score is multiplied by this when the question asks what something should
    /// contain (`QueryIntent.Kind.checklist`) and the checklist holds every word of what should.
    static let checklistIntentBonus = 2.0
    /// A hit whose score rounds to 0.000 is not shown when another scores more. When none does,
    /// every word asked for stands in most passages (FTS5's idf is then its floor, 1e-6), and the
    /// hits, still ordered, are all there is.
    static let minimumScore = 0.0005
    /// The relevance floor: a hit scoring below this share of the best hit's score and covering
    /// less than `floorCoverage` of the query (`CoverageMasks.Coverage.content`) is not shown.
    static let floorShareOfBest = 0.2
    static let floorCoverage = 0.5
    /// A word at least this share of a guideline's passages carry in their heading names it ("ALS",
    /// "ME/CFS"): a query holding it asks about that guideline (`outsideNamedGuidelineBelow`).
    static let namingShare = 0.5
    /// How many of the guideline's recommendations must carry the naming word in their heading.
    static let namingArticles = 2
    /// Two coverages closer than this are equal.
    static let coverageTolerance = 1e-9

    struct Candidate {
        let passageID: Int
        /// The passage's article as its place in id order (`IndexStore.passageArticles`).
        let article: Int
        var score: Double
        /// The share of the query its part holds, which decides the part shown of a recommendation
        /// (`partCoverage` in `SearchQuestion`); the share its text or heading (by heading weight) holds.
        var partCoverage = 0.0
        var contentCoverage = 0.0
        /// Nil in tests that order bare scores.
        var facts: PassageRankingFacts? = nil
        /// Set when the hit was moved below a recommendation covering more of the query.
        var movedBelow: Int? = nil
        /// Set when it was moved for standing outside the guideline the query names.
        var movedOutsideNamedGuideline = false
        /// The passage whose score the hit carries, when another of its article's is shown
        /// (`chosenPerArticle`).
        var scoredPassageID: Int? = nil
        /// What the question's intent multiplied the score by (`checklistIntentBonus`, else 1).
        var intentFactor = 1.0
        /// A checklist naming the thing a question of checklist intent asks about (`QueryIntent.head`):
        /// the part to show of its recommendation, whatever else another part holds.
        var answersIntent = false
        /// Such a part whose own text holds the question's cue ("Informasjonen bør inkludere …", a
        /// list led in by "Planen bør inneholde:"): it says what the thing contains, where a list of
        /// how the advice is followed only mentions the thing.
        var statesIntent = false
        /// Whether the passage is in a guideline the query names (`namingShare`), or holds the word
        /// naming it; nil when the query names none.
        var inNamedGuideline: Bool? = nil
        /// What the query's phrases held in its text multiplied the score by (`phraseBonus`, else 1).
        var phraseFactor = 1.0
        /// Whether the question asks why (`QueryAnalysis.asksWhy`): its recommendation is shown by its rationale.
        var asksWhy = false

        var isTextPage: Bool { facts?.articleKind == .text }
    }

    /// Where a part stands when two of a recommendation's passages cover the query equally: the
    /// statement (the advice in one sentence) first, then the rest of the advice (practical part,
    /// checklist, text under a sub-heading such as «Pårørende», which is advice too), the
    /// rationale, the references.
    static func partOrder(_ kind: SectionKind?) -> Int {
        switch kind {
        case .recommendation, nil: 0
        case .practical, .checklist, .other: 1
        case .rationale: 2
        case .references: 3
        }
    }

    /// The `limit` hits shown from scored candidates, and how many the relevance floor left out:
    /// one passage per article (`chosenPerArticle`), best first, text pages below recommendations
    /// covering more (`textPagesBelowRecommendations`), then `relevant`.
    static func shown(_ candidates: [Candidate], limit: Int) -> (hits: [Candidate], dropped: DroppedHits?) {
        let ordered = textPagesBelowRecommendations(outsideNamedGuidelineBelow(chosenPerArticle(candidates)))
        return relevant(ordered, limit: limit)
    }

    /// One hit per article, ordered by its best passage's score (ties on article and passage id),
    /// showing a checklist answering the question's intent, else the part covering most of the
    /// query (`Candidate.partCoverage`), then by `partOrder`, then score:
    /// the part that answers, with the rank its article earned.
    static func chosenPerArticle(_ candidates: [Candidate]) -> [Candidate] {
        var best: [Int: Candidate] = [:], shown: [Int: Candidate] = [:], most: [Int: Double] = [:]
        for candidate in candidates { most[candidate.article] = max(most[candidate.article] ?? 0, candidate.partCoverage) }
        for candidate in candidates {
            if let held = best[candidate.article], (held.score, candidate.passageID) >= (candidate.score, held.passageID) {} else {
                best[candidate.article] = candidate
            }
            let least = (most[candidate.article] ?? 0) - partTolerance
            if let held = shown[candidate.article], !isPreferred(candidate, over: held, least: least) {} else { shown[candidate.article] = candidate }
        }
        let hits = best.values.compactMap { top -> Candidate? in
            guard var hit = shown[top.article] else { return nil }
            if hit.passageID != top.passageID {
                hit.scoredPassageID = top.passageID
                hit.score = top.score
                hit.intentFactor = top.intentFactor
                hit.phraseFactor = top.phraseFactor
                hit.contentCoverage = max(hit.contentCoverage, top.contentCoverage)
            }
            return hit
        }
        return hits.sorted { ($0.score, $1.article, $1.scoredPassageID ?? $1.passageID) > ($1.score, $0.article, $0.scoredPassageID ?? $0.passageID) }
    }

    /// Parts covering the query within this share of the article's best part cover it alike: a long
    /// rationale holds a word or two more by its length alone ("ikke", "selv"), so among them the
    /// advice comes first, then the part whose score (bm25: the words dense in a short text) is best.
    static let partTolerance = 0.1

    /// Whether part `a` is shown rather than `b`; `least` is the coverage that counts as the best's.
    private static func isPreferred(_ a: Candidate, over b: Candidate, least: Double) -> Bool {
        if a.answersIntent != b.answersIntent { return a.answersIntent }
        if a.statesIntent != b.statesIntent { return a.statesIntent }
        // A question asking why is answered by the rationale, whatever words the advice shares with it.
        if a.asksWhy, (a.facts?.kind == .rationale) != (b.facts?.kind == .rationale) { return a.facts?.kind == .rationale }
        let (nearA, nearB) = (a.partCoverage >= least - coverageTolerance, b.partCoverage >= least - coverageTolerance)
        if nearA != nearB { return nearA }
        if !nearA, abs(a.partCoverage - b.partCoverage) > coverageTolerance { return a.partCoverage > b.partCoverage }
        let (partA, partB) = (partOrder(a.facts?.kind), partOrder(b.facts?.kind))
        if partA != partB { return partA < partB }
        return (a.score, b.passageID) > (b.score, a.passageID)
    }

    /// Each text page moved just below the last recommendation after it that covers more of the
    /// query, or as much with at least `floorShareOfBest` of the page's score: a page about the
    /// guideline ("Metode og prosess", "Om …") naming the query's words no better than a
    /// recommendation does not answer it better.
    static func textPagesBelowRecommendations(_ ordered: [Candidate]) -> [Candidate] {
        var list = ordered
        var index = list.count - 1
        while index >= 0 {
            let page = list[index]
            if page.isTextPage, let last = list.indices.last(where: {
                $0 > index && !list[$0].isTextPage && coversAsWell(list[$0], as: page)
            }) {
                var moved = list.remove(at: index)
                moved.movedBelow = list[last - 1].passageID
                moved.movedOutsideNamedGuideline = false
                list.insert(moved, at: last)
            }
            index -= 1
        }
        return list
    }

    /// Each hit outside the guidelines the query names, and lacking the words naming them
    /// ("hjemmebesøk ALS": a page on home visits in pregnancy), moved just below the last hit after
    /// it inside one that covers as much of the query: the question is about that guideline.
    static func outsideNamedGuidelineBelow(_ ordered: [Candidate]) -> [Candidate] {
        var list = ordered
        var index = list.count - 1
        while index >= 0 {
            let hit = list[index]
            if hit.inNamedGuideline == false, let last = list.indices.last(where: {
                $0 > index && list[$0].inNamedGuideline == true
                    && list[$0].contentCoverage > hit.contentCoverage - coverageTolerance
            }) {
                var moved = list.remove(at: index)
                moved.movedBelow = list[last - 1].passageID
                moved.movedOutsideNamedGuideline = true
                list.insert(moved, at: last)
            }
            index -= 1
        }
        return list
    }

    private static func coversAsWell(_ recommendation: Candidate, as page: Candidate) -> Bool {
        if recommendation.contentCoverage > page.contentCoverage + coverageTolerance { return true }
        return recommendation.contentCoverage > page.contentCoverage - coverageTolerance
            && recommendation.score >= floorShareOfBest * page.score
    }

    /// The first `limit` hits that pass the relevance floor (`minimumScore`, and `floorShareOfBest`
    /// with `floorCoverage`), and what was left out of those `limit`.
    static func relevant(_ ordered: [Candidate], limit: Int) -> (hits: [Candidate], dropped: DroppedHits?) {
        let best = ordered.map(\.score).max() ?? 0
        var kept: [Candidate] = [], zero = 0, below = 0
        for candidate in ordered where kept.count < limit {
            if candidate.score < minimumScore && best >= minimumScore {
                zero += 1
            } else if candidate.score < floorShareOfBest * best && candidate.contentCoverage < floorCoverage - coverageTolerance {
                below += 1
            } else {
                kept.append(candidate)
            }
        }
        let dropped = zero + below == 0 ? nil
            : DroppedHits(count: zero + below, zeroScore: zero, belowFloor: below, shareOfBest: floorShareOfBest, minimumCoverage: floorCoverage)
        return (kept, dropped)
    }

    /// The score of a passage with this bm25 (negative: better matches are more negative), share of
    /// the query's words and share in its heading (`PassageRanking` computes both per passage).
    static func score(bm25: Double, coverage: Double, headingCoverage: Double) -> Double {
        -bm25 * (coverageFloor + coverage * coverage) * (1 + headingBonus * headingCoverage)
    }

    /// The least and the most `score` multiplies −bm25 by (no coverage; every word, in the heading too).
    static let smallestFactor = coverageFloor
    static let largestFactor = (coverageFloor + 1) * (1 + headingBonus)
}
