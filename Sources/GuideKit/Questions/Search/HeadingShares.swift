/// How much a query word in a passage's heading tells: words that most of a guideline's passages
/// carry in their heading (its name, "ALS", "ME/CFS", a title's words) say which guideline, not
/// which passage. A word's heading weight in a passage is 1 − the share of its guideline's passages
/// whose heading holds it, counted over the passages the query matched.
struct HeadingShares {
    /// Per passage id, its guideline's place; per guideline place, how many passages it has.
    private let guidelineOf: [Int]
    private let passagesIn: [Int]
    /// Per word, per guideline place, passages whose heading holds the word.
    private var holding: [[Int: Int]]

    /// `articles` is every passage's article place (`IndexStore.passageArticles`), `guidelines`
    /// every article place's guideline place (`IndexStore.articleGuidelines`); an id without tokens
    /// (`lengths` 0: no passage has it) is in no guideline.
    init(words: Int, articles: [Int], guidelines: [Int], lengths: [Int]) {
        guidelineOf = articles.indices.map { p in
            let article = articles[p]
            return p < lengths.count && lengths[p] > 0 && article >= 0 && article < guidelines.count ? guidelines[article] : -1
        }
        var counts = [Int](repeating: 0, count: (guidelines.max() ?? -1) + 1)
        for g in guidelineOf where g >= 0 { counts[g] += 1 }
        passagesIn = counts
        holding = Array(repeating: [:], count: words)
    }

    /// Notes that the passage's heading holds word `w`.
    mutating func add(word w: Int, passage: Int) {
        holding[w][guideline(of: passage), default: 0] += 1
    }

    /// The word's heading weight in this passage: 1 − the share of its guideline's passages whose
    /// heading holds it (1 for a passage the index did not place in a guideline).
    func weight(word w: Int, passage: Int) -> Double {
        let g = guideline(of: passage)
        guard g >= 0, passagesIn[g] > 0 else { return 1 }
        return 1 - Double(holding[w][g] ?? 0) / Double(passagesIn[g])
    }

    /// The share of the guideline's passages whose heading holds the word (what `--explain` shows).
    func share(word w: Int, passage: Int) -> Double { 1 - weight(word: w, passage: passage) }

    /// Whether word `w` names the passage's guideline: at least `SearchRanking.namingShare` of its
    /// passages carry the word in their heading ("ALS" in the ALS guideline), and they are that
    /// share of all passages carrying it there too ("pasienten" heads passages of every guideline).
    func names(word w: Int, passage: Int) -> Bool {
        let g = guideline(of: passage)
        guard g >= 0, share(word: w, passage: passage) >= SearchRanking.namingShare else { return false }
        let everywhere = holding[w].reduce(0) { $1.key >= 0 ? $0 + $1.value : $0 }
        return Double(holding[w][g] ?? 0) >= SearchRanking.namingShare * Double(everywhere)
    }

    /// The passage's guideline place (-1 for none).
    func guideline(of passage: Int) -> Int {
        passage >= 0 && passage < guidelineOf.count ? guidelineOf[passage] : -1
    }
}
