/// `guide law`: every act and provision cited in the corpus, with the number of citing recommendations.
public struct CitedLawQuestion: Question, Sendable, Hashable {
    public init() {}

    public func answer(in store: IndexStore) throws -> LawOverview {
        let acts = try ActResolver(store: store).knownActs()
        let provisions = try LawProvisions.cited(act: nil, in: store)
        return LawOverview(acts: try store.citingArticleCounts().map { name, count in
            CitedAct(act: name, kind: acts[name]?.kind ?? .unknown, url: acts[name]?.url, count: count,
                     provisions: provisions[name] ?? [])
        }.sorted { ($1.count, $0.act) < ($0.count, $1.act) })
    }
}

/// `guide law ACT [§ N]`: the recommendations citing an act, or a section or chapter of it, typed as
/// a user would: "helsepersonelloven § 10a", "hpl 10 a", "lov om pasient- og brukerrettigheter § 3.3",
/// "pbrl kapittel 3". Act names resolve as `ActResolver` says.
public struct LawCitationQuestion: Question, Sendable, Hashable {
    public var query: LawQuery
    /// Echoed as the result's query; by default the query's own citation.
    public var typed: String?

    public init(_ query: LawQuery, typed: String? = nil) {
        self.query = query
        self.typed = typed
    }

    /// Reads the query as typed (`LawQuery(parsing:)`).
    public init(parsing typed: String) throws {
        self.init(try LawQuery(parsing: typed), typed: typed)
    }

    public func answer(in store: IndexStore) throws -> LawCitations {
        let act = try ActResolver(store: store).resolve(query.act)
        let chapterNumber = query.chapter.map { String($0.dropFirst("kapittel ".count)) }
        let references = try LawPassages.citingReferences(act: act.name, section: query.section, chapterNumber: chapterNumber, in: store)
        var recommendations: [CitingRecommendation] = []
        let finder = try LawPassages.sentenceFinder(act: act.name, in: store)
        for (articleID, rows) in references {
            guard let first = rows.first, let guideline = try store.guideline(id: first.article.guidelineID) else { continue }
            recommendations.append(CitingRecommendation(
                guideline: GuidelineSummary(guideline), chapter: ChapterSummary(first.chapter), recommendation: ArticleSummary(first.article),
                citations: rows.map(\.summary),
                passages: try LawPassages.passages(articleID: articleID, references: rows, finder: finder, in: store),
                source: SourceReference(first.article, guideline: guideline)))
        }
        let provisions = (try LawProvisions.cited(act: act.name, in: store)[act.name] ?? []).filter {
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
}

/// The provisions cited, by act, in `LawOrder`.
enum LawProvisions {
    static func cited(act: String?, in store: IndexStore) throws -> [String: [CitedProvision]] {
        var byAct: [String: [CitedProvision]] = [:]
        for p in try store.citedProvisions(act: act) {
            let citation = LegalCitation.text(act: p.act, section: p.section, part: p.part)
            byAct[p.act, default: []].append(CitedProvision(section: p.section, part: p.part, citation: citation, url: p.url, count: p.articles))
        }
        return byAct.mapValues { $0.sorted(by: LawOrder.provisionPrecedes) }
    }
}
