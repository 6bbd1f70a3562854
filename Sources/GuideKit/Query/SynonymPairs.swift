/// The index's synonym groups as (phrase, other phrase of its group) pairs, in the order SQLite
/// returns them, found by their phrase's first word: a query looks up its own words instead of
/// testing every pair.
struct SynonymPairs {
    typealias Pair = (phrase: [String], other: String)
    private let pairs: [Pair]
    private let byFirstWord: [String: [Int]]

    init(_ pairs: [Pair]) {
        self.pairs = pairs
        var byFirstWord: [String: [Int]] = [:]
        for (index, pair) in pairs.enumerated() {
            if let first = pair.phrase.first { byFirstWord[first, default: []].append(index) }
        }
        self.byFirstWord = byFirstWord
    }

    /// The pairs whose phrase occurs in `tokens` as a run of words, in table order.
    func occurring(in tokens: [String]) -> [Pair] {
        var found = Set<Int>()
        for (position, token) in tokens.enumerated() {
            for index in byFirstWord[token] ?? [] where tokens[position...].starts(with: pairs[index].phrase) {
                found.insert(index)
            }
        }
        return found.sorted().map { pairs[$0] }
    }
}
