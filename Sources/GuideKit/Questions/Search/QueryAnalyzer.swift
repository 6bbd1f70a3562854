/// Turns typed words into a `QueryAnalysis` by looking the index's own vocabulary up: corrections
/// for words it does not know (missing æ ø å, small typos), compound parts, synonyms.
struct QueryAnalyzer {
    let store: IndexStore

    func analyze(_ query: String) throws -> QueryAnalysis {
        let terms = QueryTerms(query)
        var words: [QueryAnalysis.Word] = []
        for typed in terms.words {
            let known = try isKnown(typed)
            let bokmål = known ? nil : try bokmålForm(of: typed)
            let searched = try bokmål ?? (known || store.holdsWordForm(typed) ? typed : try correction(for: typed) ?? typed)
            var word = QueryAnalysis.Word(typed: typed, searched: searched)
            if bokmål != nil { word.spelling = QueryAnalysis.Word.nynorsk }
            if let parts = try compoundParts(of: word.searched) {
                word.alternatives.append(parts.map(NorwegianAnalyzer.stem))
                word.notes.append("sammensatt: " + parts.joined(separator: " + "))
            }
            words.append(word)
        }
        let tokens = QueryTerms.tokens(String(query.prefix(QueryTerms.maximumCharacters)))
        try addSynonyms(to: &words, tokens: tokens)
        words += try conceptWords(in: query)
        return QueryAnalysis(words: words, intent: QueryIntent.detect(in: terms.words, tokens: tokens),
                             asksWhy: tokens.contains(where: QueryAnalysis.whyWords.contains) ? true : nil)
    }

    /// Known as an exact form, as the start of one, or by its stem.
    private func isKnown(_ word: String) throws -> Bool {
        if try store.holdsTerm(word, or: NorwegianAnalyzer.stemTerm(NorwegianAnalyzer.stem(word))) { return true }
        guard FTSExpression.isPrefix(word) else { return false }
        return try store.holdsTerm(beginning: word)
    }

    /// The Bokmål form of a Nynorsk word that the index holds, fewest spelling changes first, an
    /// exact form before one known by its stem (`Nynorsk`); never a filler word.
    private func bokmålForm(of word: String) throws -> String? {
        var byStem: String?
        for form in Nynorsk.bokmålForms(of: word) where !Stopwords.contains(form) {
            if try store.holdsTerm(form, or: form) { return form }
            if byStem == nil, try isKnown(form) { byStem = form }
        }
        return byStem
    }

    /// The indexed word the user most likely meant: the same word typed without æ ø å, else the
    /// closest by edit distance (`QueryAnalysis.correctionEditLimit`), the more common on ties;
    /// never a filler word. Real word forms never get here (`word_forms`). An index built without
    /// a word list cannot tell a real word from a typo, so it only restores æ ø å: searching a
    /// different word than the one typed misleads more than finding nothing.
    private func correction(for word: String) throws -> String? {
        let folded = Spelling.folded(word)
        if let term = try store.mostCommonTerm(folded: folded, excluding: Stopwords.all) { return term }
        let limit = QueryAnalysis.correctionEditLimit(length: word.count)
        guard limit > 0, try store.hasWordList else { return nil }
        let vocabulary = store.cachedCorrectionVocabulary ?? CorrectionVocabulary()
        store.cachedCorrectionVocabulary = vocabulary
        return try vocabulary.closest(folded: folded, length: word.count, limit: limit, in: store)
    }

    /// Two indexed words the given one is made of ("oppfølgingsplan" → "oppfølging", "plan"). For
    /// a word the index does not hold, a part also counts as indexed when its stem is
    /// ("akuttsituasjonsplan": the texts say "akuttsituasjoner", never "akuttsituasjon").
    private func compoundParts(of word: String) throws -> [String]? {
        let candidates = Decompounder.candidates(of: word)
        guard !candidates.isEmpty else { return nil }
        guard try !isKnown(word) else { return Decompounder(vocabulary: try store.indexedTerms(among: candidates)).parts(of: word) }
        let stemTerm = { (part: String) in NorwegianAnalyzer.stemTerm(NorwegianAnalyzer.stem(part)) }
        let held = try store.indexedTerms(among: candidates + candidates.map(stemTerm))
        return Decompounder(vocabulary: Set(candidates.filter { held.contains($0) || held.contains(stemTerm($0)) })).parts(of: word)
    }

    /// For every synonym phrase found in the query's words, the other phrases of its group become
    /// alternatives of the phrase's first content word.
    private func addSynonyms(to words: inout [QueryAnalysis.Word], tokens: [String]) throws {
        for (phrase, other) in try store.synonyms(beginningWithOneOf: tokens) {
            let phraseTokens = QueryTerms.tokens(phrase)
            guard tokens.containsSequence(phraseTokens),
                  let index = words.firstIndex(where: { phraseTokens.contains($0.typed) || phraseTokens.contains($0.searched) })
            else { continue }
            let stems = QueryTerms.tokens(other).map(NorwegianAnalyzer.stem)
            if !words[index].alternatives.contains(stems) {
                words[index].alternatives.append(stems)
                words[index].notes.append("synonym: \(other)")
            }
        }
    }
}

/// `guide analyze`: what a query means against this index.
public struct AnalysisQuestion: Question, Sendable, Hashable {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    public func answer(in store: IndexStore) throws -> QueryAnalysis {
        try QueryAnalyzer(store: store).analyze(text)
    }
}

extension Array where Element == String {
    /// Whether the words of `sequence` stand here one after another.
    func containsSequence(_ sequence: [String]) -> Bool {
        guard let first = sequence.first, sequence.count <= count else { return false }
        return (0...(count - sequence.count)).contains { self[$0] == first && self[$0..<($0 + sequence.count)].elementsEqual(sequence) }
    }
}
