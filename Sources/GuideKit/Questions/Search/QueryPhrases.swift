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

    /// Whether the text holds one of the phrases (of those at `among`, all when nil), its words next
    /// to each other: filler between them ("koordinator i sykehuset", "pasienten ikke tåler") joins
    /// words the query did not join. A phrase of the guideline's name only (`named`: its title's
    /// stems; "pasienter med ALS") tells nothing: most of its passages say it.
    func isHeld(in text: String, named: Set<String> = [], among: [Int]? = nil) -> Bool {
        var text = text
        return text.withUTF8 { isHeld(inUTF8: UnsafeRawBufferPointer($0), named: named, among: among) }
    }

    /// The same for a text's UTF-8 bytes.
    func isHeld(inUTF8 text: UnsafeRawBufferPointer, named: Set<String> = [], among: [Int]? = nil) -> Bool {
        let wanted = (among ?? Array(phrases.indices)).map { phrases[$0] }.filter { !$0.allSatisfy(named.contains) }
        guard !wanted.isEmpty else { return false }
        // A stem is a prefix of its word (the stemmer only cuts endings), so a word that does not
        // begin with a phrase's stem is neither made a string nor stemmed: stemming every word of
        // 40 texts was most of a search. The scan stops at the first phrase found.
        let stems = Set(wanted.joined()).map { Array($0.utf8) }
        var textStems: [String] = []
        var held = false
        text.withMemoryRebound(to: UInt8.self) { buffer in
            WordScanner().wordBytes(in: buffer) { word, _, _ in
                guard stems.contains(where: { word.starts(with: $0) }) else {
                    textStems.append("")
                    return true
                }
                let stem = NorwegianAnalyzer.stem(String(decoding: word, as: UTF8.self))
                textStems.append(stem)
                held = wanted.contains { $0.last == stem && textStems.count >= $0.count && textStems.suffix($0.count).elementsEqual($0) }
                return !held
            }
        }
        return held
    }

    /// The title's stems, filler left out, as far as the phrases go: only words beginning with one
    /// of their stems are stemmed (a stem begins its word), as no other stem is looked for.
    func stems(ofTitle title: String) -> Set<String> {
        let stems = Set(phrases.joined())
        return Set(QueryTerms.tokens(title).filter { word in !Stopwords.contains(word) && stems.contains { word.utf8.starts(with: $0.utf8) } }
            .map(NorwegianAnalyzer.stem))
    }
}

extension QueryPhrases {
    /// Which phrases a passage can hold, from the posting lists alone: the analyzer indexes every
    /// word's stem (`NorwegianAnalyzer`), so a heading or text holds a phrase only where that
    /// column's lists hold each of its stems. Only those headings and texts need reading.
    struct Columns {
        /// Per phrase, per stem, the plan's phrases of its index term (`PassageRanking.phrases(ofTerm:)`);
        /// nil where the plan has none, and the lists cannot tell.
        private let terms: [[[Int]?]]
        private let ranking: PassageRanking

        init(_ phrases: QueryPhrases, ranking: PassageRanking) {
            self.ranking = ranking
            terms = phrases.phrases.map { phrase in
                phrase.map { stem in
                    let places = ranking.phrases(ofTerm: NorwegianAnalyzer.stemTerm(stem))
                    return places.isEmpty ? nil : places
                }
            }
        }

        /// The places of the phrases the passage's heading may hold, and its text.
        func possible(in passage: Int) -> (heading: [Int], text: [Int]) {
            func holds(_ phrase: Int, _ column: (Int) -> Bool) -> Bool {
                terms[phrase].allSatisfy { places in places.map { $0.contains(where: column) } ?? true }
            }
            let heading = terms.indices.filter { holds($0) { ranking.holdsInHeading(phrase: $0, passage: passage) } }
            let text = terms.indices.filter { holds($0) { ranking.holdsInText(phrase: $0, passage: passage) } }
            return (heading, text)
        }
    }
}
