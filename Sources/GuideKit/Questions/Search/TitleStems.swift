/// The stems of guidelines' titles (`SearchQuestion.titleHolds`), each worked out once a search: a
/// title was split and stemmed again for every query word and passage that asked about it.
struct TitleStems {
    private let store: IndexStore
    private var known: [String: Set<String>] = [:]

    init(_ store: IndexStore) {
        self.store = store
    }

    /// The stems of the title of the guideline with this id (none for an unknown id).
    mutating func of(guideline id: String) throws -> Set<String> {
        if let stems = known[id] { return stems }
        let stems = Self.stems(of: try store.guideline(id: id)?.title ?? "")
        known[id] = stems
        return stems
    }

    /// Every word of the title, lower-cased and stemmed.
    static func stems(of title: String) -> Set<String> {
        Set(title.lowercased().split { !$0.isLetter && !$0.isNumber }.map { NorwegianAnalyzer.stem(String($0)) })
    }
}
