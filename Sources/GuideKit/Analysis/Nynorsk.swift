/// Nynorsk → Bokmål for query analysis: the guidelines are written in Bokmål, so a Nynorsk word
/// the index does not hold ("sjukehuset", "meistring", "oppnemne") is tried in the Bokmål forms
/// the usual spelling correspondences give ("sykehuset", "mestring", "oppnevne"). A small data
/// table, not a dictionary: the analyzer keeps only a form the index holds, and never replaces a
/// word the index holds itself.
public enum Nynorsk {
    /// Words whose Bokmål form no spelling rule reaches. Question and filler words ("kva", "kven",
    /// "korleis", "eg", "dei") are filler (`Stopwords`) and never get here.
    static let words: [String: String] = [
        "ikkje": "ikke", "berre": "bare", "mykje": "mye", 
        "born": "barn", "borna": "barna", "ho": "hun", "sjølv": "selv", "heime": "hjemme", "òg": "også",
        "mogleg": "mulig", "mogeleg": "mulig", "eigen": "egen", "eige": "eget", "seinare": "senere",
        "kvardag": "hverdag", "kvardagen": "hverdagen", "lækjar": "lege", "lækjaren": "legen", "augo": "øyne",
        "tenester": "tjenester", "teneste": "tjeneste", "ønskje": "ønske", "ønskjer": "ønsker",
    ]

    /// One spelling correspondence: `nynorsk` written as `bokmål`, anywhere in the word or only at its end.
    struct Rule {
        let nynorsk: String
        let bokmål: String
        let atEnd: Bool
    }

    /// The correspondences, most telling first.
    static let rules: [Rule] = [
        Rule(nynorsk: "sjuk", bokmål: "syk", atEnd: false),   // sjukehus, sjukdom, sjukepleiar
        Rule(nynorsk: "kj", bokmål: "k", atEnd: false),       // ikkje, ønskje, tenkje
        Rule(nynorsk: "gj", bokmål: "g", atEnd: false),       // leggje, liggje
        Rule(nynorsk: "ei", bokmål: "e", atEnd: false),       // meistring, einsam, tryggleik
        Rule(nynorsk: "øy", bokmål: "ø", atEnd: false),       // høyre, døy
        Rule(nynorsk: "mn", bokmål: "vn", atEnd: false),      // oppnemne, namn
        Rule(nynorsk: "hald", bokmål: "hold", atEnd: false),  // innehalde, haldning
        Rule(nynorsk: "leik", bokmål: "lighet", atEnd: true), // tryggleik
        Rule(nynorsk: "leg", bokmål: "lig", atEnd: true),     // vanleg, naudsynleg
        Rule(nynorsk: "lege", bokmål: "lige", atEnd: true),   // vanlege
        Rule(nynorsk: "ande", bokmål: "ende", atEnd: true),   // pårørande
        Rule(nynorsk: "ar", bokmål: "er", atEnd: true),       // pasientar, sjukepleiar
        Rule(nynorsk: "ane", bokmål: "ene", atEnd: true),     // pasientane
        Rule(nynorsk: "a", bokmål: "e", atEnd: true),         // a-infinitive: snakka
        Rule(nynorsk: "a", bokmål: "ene", atEnd: true),       // neuter plural: tiltaka
    ]

    /// How many correspondences one word may combine ("sjukepleiar" needs three).
    static let maximumRules = 3

    /// The Bokmål forms `word` may stand for, fewest changes first, without the word itself.
    public static func bokmålForms(of word: String) -> [String] {
        var forms: [String] = []
        var seen: Set<String> = [word]
        if let form = words[word] { forms.append(form); seen.insert(form) }
        var frontier = [word]
        for _ in 0..<maximumRules {
            var next: [String] = []
            for form in frontier {
                for rule in rules {
                    for variant in applying(rule, to: form) where seen.insert(variant).inserted {
                        next.append(variant)
                    }
                }
            }
            forms += next
            frontier = next
        }
        return forms
    }

    /// The word with one occurrence of the rule's Nynorsk spelling replaced, for each occurrence.
    private static func applying(_ rule: Rule, to word: String) -> [String] {
        if rule.atEnd {
            guard word.hasSuffix(rule.nynorsk), word.count > rule.nynorsk.count + 1 else { return [] }
            return [String(word.dropLast(rule.nynorsk.count)) + rule.bokmål]
        }
        let letters = Array(word), pattern = Array(rule.nynorsk)
        guard letters.count >= pattern.count else { return [] }
        var variants: [String] = []
        for start in 0...(letters.count - pattern.count) where letters[start..<(start + pattern.count)].elementsEqual(pattern) {
            variants.append(String(letters[..<start]) + rule.bokmål + String(letters[(start + pattern.count)...]))
        }
        return variants
    }
}
