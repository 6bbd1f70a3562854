/// Folds checklist items that say the same thing into one item with several sources.
///
/// Two items are the same when their content words agree: each item becomes the set of its words'
/// stems (filler words dropped, æ ø å folded, so "Hva er viktig for pasienten?" and "hva som er
/// viktig for pasientene" are equal), and two sets are the same when their Dice overlap is at least
/// `threshold`. An item of one content word must match exactly, so "Boforhold" does not swallow
/// "Boforhold og hjelpemidler". Sub-items merge under their merged parent; order is
/// first appearance.
public enum ItemMerger {
    public static let threshold = 0.75

    public static func merge(_ lists: [[PlanItem]]) -> [PlanItem] {
        var merged: [PlanItem] = []
        var signatures: [Set<String>] = []
        for item in lists.joined() {
            let signature = Self.signature(item.text)
            if let index = signatures.firstIndex(where: { same($0, signature) }) {
                merged[index].sources += item.sources
                merged[index].items = merge([merged[index].items, item.items])
            } else {
                merged.append(item)
                signatures.append(signature)
            }
        }
        return merged
    }

    /// The stems of the text's content words, spelled without æ ø å.
    public static func signature(_ text: String) -> Set<String> {
        Set(QueryTerms.tokens(text).filter { !Stopwords.contains($0) }.map { Spelling.folded(NorwegianAnalyzer.stem($0)) })
    }

    public static func same(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard min(a.count, b.count) > 1 else { return a == b }
        let dice = 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
        return dice >= threshold
    }
}
