/// The query's words as phrases: two content words side by side as typed ("individuell plan"),
/// as typed (not corrected), and a synonym of several words ("IP" = "individuell plan"). The posting lists keep no positions
/// (FTS5 detail=none), so a passage holding "individuell" and "plan" far apart matches as well as
/// one naming the thing; the text of the best candidates, read after the lists chose them, tells
/// them apart (`SearchRanking.phraseBonus`).
struct QueryPhrases {
    /// Stem sequences, filler left out.
    let phrases: [[String]]

    init(_ analysis: QueryAnalysis) {
        var phrases: [[String]] = []
        // A corrected word is a guess: two guesses side by side are no phrase the user typed.
        let words = analysis.words.filter { !$0.isConcept && !$0.corrected }
        for word in words {
            for alternative in word.alternatives.dropFirst() where alternative.count > 1 && !phrases.contains(alternative) {
                phrases.append(alternative)
            }
        }
        for (first, second) in zip(words, words.dropFirst()) {
            guard let a = first.alternatives.first, let b = second.alternatives.first, a.count == 1, b.count == 1 else { continue }
            if !phrases.contains(a + b) { phrases.append(a + b) }
        }
        self.phrases = phrases
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// Whether the text holds one of the phrases, its words next to each other: filler between them
    /// ("koordinator i sykehuset", "pasienten ikke tåler") joins words the query did not join. A
    /// phrase of the guideline's name only (`named`: its title's stems; "pasienter med ALS") tells
    /// nothing: most of its passages say it.
    func isHeld(in text: String, named: Set<String> = []) -> Bool {
        let wanted = phrases.filter { !$0.allSatisfy(named.contains) }
        guard !wanted.isEmpty else { return false }
        // A stem is a prefix of its word (the stemmer only cuts endings), so a word that does not
        // begin with a phrase's stem is neither made a string nor stemmed: stemming every word of
        // 40 texts was most of a search.
        let stems = Set(wanted.joined()).map { Array($0.utf8) }
        var textStems: [String] = []
        var text = text
        text.withUTF8 { buffer in
            WordScanner().wordBytes(in: buffer) { word, _, _ in
                textStems.append(stems.contains { word.starts(with: $0) } ? NorwegianAnalyzer.stem(String(decoding: word, as: UTF8.self)) : "")
                return true
            }
        }
        return wanted.contains { textStems.containsSequence($0) }
    }

    /// The text's stems in order, filler left out.
    static func stems(_ text: String) -> [String] {
        QueryTerms.tokens(text).filter { !Stopwords.contains($0) }.map(NorwegianAnalyzer.stem)
    }
}
