/// `guide analyze` for people: what each word of a text becomes — the spelling searched for,
/// its stem, compound parts and synonyms, and the concepts its lay phrases meet — so a trainer can
/// see the effect of the synonym and concept files.
public enum AnalysisRenderer {
    public static func render(_ text: String, analysis: QueryAnalysis, style: TextStyle) -> String {
        var out: [String] = []
        let searched = Set(analysis.words.map(\.typed))
        let dropped = QueryTerms.tokens(text).filter { !searched.contains($0) }
        for word in analysis.words {
            var line = "«\(word.typed)»"
            if word.isNynorsk {
                line += " → søkes som «\(word.searched)» (nynorsk, bokmålsformen i indeksen)"
            } else if word.corrected {
                line += " → søkes som «\(word.searched)» (rettet mot ord i indeksen)"
            }
            // A concept's lay phrase is no word of its own: its terms (the note) are what is searched.
            if word.isConcept { line += " – hverdagsuttrykk, teller mindre enn ordene selv" }
            out.append(style.bold(line))
            if !word.isConcept { out.append("    stamme: \(NorwegianAnalyzer.stem(word.searched))") }
            for note in word.notes { out.append("    \(note)") }
        }
        if !dropped.isEmpty {
            out.append(style.dim("Fyllord som ikke søkes: " + Array(Set(dropped)).sorted().joined(separator: ", ")))
        }
        if analysis.words.isEmpty { out.append("Ingen søkeord i teksten.") }
        return out.joined(separator: "\n") + "\n"
    }
}
