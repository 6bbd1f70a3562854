/// What the index covers (`IndexCoverage`). The mirror's last sync is not in the index: the front
/// end reads it beside the corpus and passes it in.
public struct CoverageQuestion: Question, Sendable, Hashable {
    public var lastSynced: String?

    public init(lastSynced: String?) {
        self.lastSynced = lastSynced
    }

    public func answer(in store: IndexStore) throws -> IndexCoverage {
        let guidelines = try store.guidelines()
        let counts = try store.guidelineCounts()
        var kinds: [String?: Int] = [:]
        for g in guidelines { kinds[g.kind, default: 0] += 1 }
        // A content-API document carries the API's item id; a text file's never does.
        let fromAPI = guidelines.filter { $0.sourceID != nil }.count
        return IndexCoverage(
            guidelines: guidelines.count,
            hearingDrafts: guidelines.filter(\.status.isHearingDraft).count,
            recommendations: counts.reduce(0) { $0 + $1.recommendations },
            textPages: counts.reduce(0) { $0 + $1.textPages },
            passages: counts.reduce(0) { $0 + $1.passages },
            kinds: kinds.map { IndexCoverage.KindCount(kind: $0.key, guidelines: $0.value) }
                .sorted { ($0.guidelines, $1.kind ?? "") > ($1.guidelines, $0.kind ?? "") },
            sources: IndexCoverage.SourceCounts(textFiles: guidelines.count - fromAPI, contentAPI: fromAPI),
            years: Set(guidelines.compactMap(Self.year)).sorted(),
            titles: guidelines.prefix(IndexCoverage.namedLimit).map(\.title),
            lastSynced: lastSynced)
    }

    /// The year given, else the one in "Først publisert" ("23. juni 2023").
    static func year(of g: GuidelineRecord) -> String? {
        if let year = g.year { return year }
        return g.firstPublished?.split(separator: " ").last.map(String.init).flatMap { $0.count == 4 && $0.allSatisfy(\.isNumber) ? $0 : nil }
    }
}
