import GuideKit

/// The words of all indexed text, lower-cased: the dictionary compounds are split against.
enum CorpusVocabulary {
    static func words(in guidelines: [Guideline]) -> Set<String> {
        var words = Set<String>()
        for guideline in guidelines { add(guideline, to: &words) }
        return words
    }

    /// Adds one guideline's words (a build gathers them as the guidelines stream past).
    static func add(_ guideline: Guideline, to words: inout Set<String>) {
        for article in guideline.articles {
            for text in [article.title] + article.sections.flatMap({ [$0.title ?? "", $0.text] }) {
                words.formUnion(QueryTerms.tokens(text))
            }
        }
    }
}
