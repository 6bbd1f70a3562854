/// The stems of guidelines' titles (`SearchQuestion.titleHolds`), each worked out once a search: a
/// title was split and stemmed again for every query word and passage that asked about it. Only
/// the words beginning with one of the query's stems are stemmed (a stem begins its word): no
/// other stem is ever looked for.
struct TitleStems {
    private let store: IndexStore
    private let queryStems: [String]
    private var known: [String: Set<String>] = [:]

    init(_ store: IndexStore, queryStems: [String]) {
        self.store = store
        self.queryStems = queryStems
    }

    /// The stems of the title of the guideline with this id (none for an unknown id).
    mutating func of(guideline id: String) throws -> Set<String> {
        if let stems = known[id] { return stems }
        let stems = Self.stems(of: try store.guideline(id: id)?.title ?? "", beginning: queryStems)
        known[id] = stems
        return stems
    }

    /// The words of the title beginning with one of `stems`, lower-cased and stemmed.
    static func stems(of title: String, beginning stems: [String]) -> Set<String> {
        Set(title.lowercased().split { !$0.isLetter && !$0.isNumber }
            .filter { word in stems.contains { word.utf8.starts(with: $0.utf8) } }
            .map { NorwegianAnalyzer.stem(String($0)) })
    }
}
