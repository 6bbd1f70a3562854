import Foundation

/// How well a plan checklist fits a situation: the plan's policy, every weight and threshold here.
/// Each of the situation's words counts where it is found, matched as search matches it
/// (`WordOccurrences`: exact form, stem, compound parts, synonyms, corrected spelling): in the
/// checklist itself fully, elsewhere in its recommendation (statement, parts, title) or in the
/// guideline's title by `contextWeight`. Words weigh by how rare they are among the passages
/// (`rarity`), so "ME/CFS" or "ALS" decides more than "pasient"; a corrected word counts half. The
/// fit is the weighted share, 0–1.
///
/// Before that, the situation picks its guidelines the same way, a word counting when it stands
/// anywhere in a guideline and weighing by how few guidelines hold it: a word every guideline holds
/// ("pasient", "hjemmet") says nothing about which one is meant, "ALS" does.
///
/// The plan question's own words ("plan", "inneholde", "oppgaver", "sjekkliste") are not part of the
/// situation: every checklist `guide plan` considers answers that question.
struct PlanSituation {
    static let contextWeight = 0.8
    /// Checklists fitting less than this share of the best fit are left out: a list about ALS that
    /// shares "pasient" and "hjemmet" with "pasient med ME/CFS hjemme" is not about that situation.
    static let keepShareOfBest = 0.7
    /// A guideline is about the situation only when it holds at least this share of its words:
    /// "kreft hos barn" is not answered by a guideline that mentions children but not cancer.
    static let minimumGuidelineFit = 0.5

    /// Where one word is found: checklist ids, article ids, guideline ids.
    struct Found {
        var checklists: Set<Int> = []
        var articles: Set<String> = []
        var guidelines: Set<String> = []
        /// Rarity among passages (`rarity`).
        var rarity = 1.0
        /// Guidelines holding the word anywhere (a passage or the title), and its rarity among them.
        var anywhere: Set<String> = []
        var guidelineRarity = 1.0
    }

    let words: [QueryAnalysis.Word]
    let found: [Found]

    var isEmpty: Bool { words.isEmpty }

    /// Situation words after dropping the plan question's own.
    static func situationWords(_ analysis: QueryAnalysis) -> [QueryAnalysis.Word] {
        analysis.words.filter { !ChecklistCues.asksThePlanQuestion($0.typed) && !ChecklistCues.asksThePlanQuestion($0.searched) }
    }

    func fit(checklist: Int, article: String, guideline: String) -> Double {
        var total = 0.0, matched = 0.0
        for (word, where_) in zip(words, found) {
            let weight = SearchRanking.weight(of: word) * where_.rarity
            total += weight
            if where_.checklists.contains(checklist) {
                matched += weight
            } else if where_.articles.contains(article) || where_.guidelines.contains(guideline) {
                matched += weight * Self.contextWeight
            }
        }
        return total > 0 ? matched / total : 0
    }

    /// The weighted share of the situation's words the guideline holds anywhere, 0–1.
    func fit(guideline: String) -> Double {
        var total = 0.0, matched = 0.0
        for (word, where_) in zip(words, found) {
            let weight = SearchRanking.weight(of: word) * where_.guidelineRarity
            total += weight
            if where_.anywhere.contains(guideline) { matched += weight }
        }
        return total > 0 ? matched / total : 0
    }

    /// How rare a word is among `count` passages (or guidelines), `holding` of which hold it:
    /// log(1 + count / holding).
    static func rarity(holding: Int, of count: Int) -> Double {
        log(1 + Double(count) / Double(max(holding, 1)))
    }
}
