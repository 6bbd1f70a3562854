import GuideKit

/// The words of all indexed text, lower-cased: the dictionary compounds are split against.
enum CorpusVocabulary {
    static func words(in guidelines: [Guideline]) -> Set<String> {
        var words = Set<String>()
        for article in guidelines.flatMap(\.articles) {
            for text in [article.title] + article.sections.flatMap({ [$0.title ?? "", $0.text] }) {
                words.formUnion(QueryTerms.tokens(text))
            }
        }
        return words
    }
}
