import GuideKit

/// Reads the norm of one sentence from the word that carries it.
///
/// A cue counts only where it governs the sentence's own action: not in a question, not inside an
/// embedded clause ("det er viktig at …", "for at kommunen skal kunne …"), not inside a fronted
/// subordinate clause ("dersom pasienten skal reise hjem"), and "kan"/"må" not where they describe
/// ("kan variere", "kan være nyttig", "må ofte"). Of the cues left, the strongest wins (first on a
/// tie); "ikke" right after it (or right before a participle: "ikke anbefalt"), "frarådes" and
/// "bør unngås" turn it against.
enum NormTagger {
    struct Tag: Equatable {
        var norm: Norm
        var direction: NormDirection?
        /// Token indices of the cue words.
        var cue: Range<Int>?
    }

    static func tag(_ tokens: [NormToken]) -> Tag {
        if tokens.last?.text == "?" || reportsItsSource(tokens) {
            return Tag(norm: .none, direction: nil, cue: nil)
        }
        var best: Tag?
        // The cue first (most words are none), then where it stands: the same answer, as each test only reads.
        for i in tokens.indices where tokens[i].isWord && NormCues.cueWords.contains(tokens[i].text) {
            guard var found = cue(at: i, in: tokens), !isMentioned(i, in: tokens), !isQuoted(i, in: tokens),
                  !hasPurposeSubject(i, in: tokens), governs(i, in: tokens) else { continue }
            if found.direction == .for, isNegated(found, in: tokens) { found.direction = .against }
            if best.map({ found.norm.rank > $0.norm.rank }) ?? true { best = found }
        }
        return best ?? Tag(norm: .none, direction: nil, cue: nil)
    }

    // MARK: - Cues

    private static func cue(at i: Int, in tokens: [NormToken]) -> Tag? {
        let word = tokens[i].text
        let next = nextWord(after: i, in: tokens)
        func tag(_ norm: Norm, _ end: Int = i + 1, against: Bool = false) -> Tag {
            Tag(norm: norm, direction: against ? .against : .for, cue: i..<end)
        }
        if NormCues.against.contains(word) { return tag(.recommendation, against: true) }
        if NormCues.recommendation.contains(word) {
            if NormCues.participles.contains(word), !followsAuxiliary(i, in: tokens) { return nil }
            if isAttributed(i, in: tokens) { return nil }
            return tag(.recommendation)
        }
        if NormCues.obligation.contains(word) {
            if word == "må", let next, NormCues.descriptiveAfterMå.contains(tokens[next].text) { return nil }
            if word == "må", let verb = verbAfterModal(i, in: tokens), NormCues.interpretiveAfterMå.contains(tokens[verb].text) { return nil }
            return tag(.obligation)
        }
        if NormCues.option.contains(word) {
            if word == "kan", let verb = verbAfterModal(i, in: tokens), isEpistemic(verb, in: tokens),
               !isOfferedOption(afterVerb: verb, in: tokens) {
                return nil
            }
            return tag(.option)
        }
        if NormCues.dutyWords.contains(word) { return tag(.obligation) }
        if NormCues.dutyVerbs.contains(word) {
            // "plikter å …" is a verb; "rettigheter og plikter knyttet til …" the plural noun.
            return tokens[(i + 1)...].prefix(4).contains { $0.text == "å" } ? tag(.obligation) : nil
        }
        // "plikt til …", "har rett til …": the noun with its "til".
        if let next, tokens[next].text == "til" {
            // A duty named in a sentence that points to where it is described only reports it.
            if tokens.contains(where: { NormCues.reporting.contains($0.text) }) { return nil }
            if NormCues.dutyNouns.contains(word) { return tag(.obligation, next + 1) }
            if word == "rett", i > 0, ["har", "hatt", "fått"].contains(tokens[i - 1].text) { return tag(.obligation, next + 1) }
        }
        return nil
    }

    /// "Det kan være aktuelt å henvise", "kan det være aktuelt med tilleggsundersøkelser": an option
    /// after all, unlike "kan være nyttig".
    private static func isOfferedOption(afterVerb verb: Int, in tokens: [NormToken]) -> Bool {
        guard ["være", "vere"].contains(tokens[verb].text), let next = nextWord(after: verb, in: tokens),
              NormCues.optionAdjectives.contains(tokens[next].text), let å = nextWord(after: next, in: tokens) else { return false }
        return ["å", "med"].contains(tokens[å].text)
    }

    /// "kan forårsake smerter", "kan noe annet følge av loven": a possibility, not an option.
    private static func isEpistemic(_ verb: Int, in tokens: [NormToken]) -> Bool {
        let word = tokens[verb].text
        if NormCues.epistemicAfterKan.contains(word) { return true }
        guard let preposition = NormCues.epistemicWithPreposition[word], let next = nextWord(after: verb, in: tokens) else { return false }
        return tokens[next].text == preposition
    }

    /// "er anbefalt", "ikke anbefalt", "Anbefalt:": the participle as a verb; "anbefalte tidspunkt",
    /// "omtaler anbefalt basisprogram" only name something.
    private static func followsAuxiliary(_ i: Int, in tokens: [NormToken]) -> Bool {
        let before = tokens[..<i].suffix(3)
        if before.isEmpty || !(before.last?.isWord ?? false) { return true }
        return before.contains { $0.isWord && NormCues.auxiliaries.contains($0.text) }
    }

    /// "NICE-kriteriene er anbefalt i retningslinjer fra UK", "anbefales av WHO": a recommendation
    /// the text reports from another source, not its own.
    private static func isAttributed(_ i: Int, in tokens: [NormToken]) -> Bool {
        guard let by = nextWord(after: i, in: tokens), ["i", "av"].contains(tokens[by].text),
              let source = nextWord(after: by, in: tokens) else { return false }
        let name = tokens[source]
        return name.text.hasPrefix("retningslinje") || name.text.hasPrefix("internasjonal")
            || name.written.count >= 2 && name.written.allSatisfy(\.isUppercase)
    }

    /// "NICE-kriteriene er anbefalt … (NICE, 2016)": a sentence whose subject is the source it
    /// cites reports what that source says.
    private static func reportsItsSource(_ tokens: [NormToken]) -> Bool {
        guard let first = tokens.first, first.isWord, first.written.count >= 2, first.written.allSatisfy(\.isUppercase) else { return false }
        for (k, t) in tokens.enumerated() where t.text == "(" && k + 1 < tokens.count {
            let inside = tokens[(k + 1)...].prefix { $0.text != ")" }
            if inside.first?.text == first.text, inside.contains(where: { $0.isWord && $0.text.count == 4 && Int($0.text) != nil }) {
                return true
            }
        }
        return false
    }

    /// Inside «…» or "…" that the sentence goes on after: a title or phrase it names, as «Praktisk –
    /// slik kan anbefalingen følges» og «Begrunnelse», is not the sentence's own norm. A quotation
    /// that ends the sentence ("Det følger av loven: «Helsepersonell skal …»") states it.
    static func isQuoted(_ i: Int, in tokens: [NormToken]) -> Bool {
        var open = false
        for t in tokens[..<i] where !t.isWord {
            switch t.text {
            case "«", "“", "„": open = true
            case "»", "”": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        guard open, let close = tokens[(i + 1)...].firstIndex(where: { ["»", "”", "\""].contains($0.text) }) else { return false }
        return tokens[(close + 1)...].contains(where: \.isWord)
    }

    /// "skal ikke", "bør man ikke", "skal som hovedregel ikke", "anbefales ikke", "ikke anbefalt";
    /// not "skal ikke bare", nor an "ikke" of a clause further on ("bør vurdere om pasienten ikke …").
    private static func isNegated(_ tag: Tag, in tokens: [NormToken]) -> Bool {
        guard let cue = tag.cue else { return false }
        var j = cue.upperBound
        while j < tokens.count, tokens[j].isWord, j - cue.upperBound < 4 {
            let w = tokens[j].text
            if NormCues.negations.contains(w) {
                let after = nextWord(after: j, in: tokens).map { tokens[$0].text }
                return !(after.map(NormCues.notNegating.contains) ?? false)
            }
            if NormCues.avoiding.contains(w) { return true }
            if w == "at" || NormCues.subordinators.contains(w) { break }
            j += 1
        }
        if tokens[cue.lowerBound].text.hasSuffix("t") || tokens[cue.lowerBound].text.hasSuffix("dd"),
           cue.lowerBound > 0, NormCues.negations.contains(tokens[cue.lowerBound - 1].text) {
            return true
        }
        return false
    }

    /// «skal», "må": the word quoted, as a text about wording quotes it.
    static func isMentioned(_ i: Int, in tokens: [NormToken]) -> Bool {
        i > 0 && i + 1 < tokens.count && NormToken.quotes.contains(tokens[i - 1].text) && NormToken.quotes.contains(tokens[i + 1].text)
    }

    /// "Retningslinjen skal gi råd …", "Målsettingen skal være lindring": what a document or an aim
    /// is meant to do, right before the modal, is no one's duty.
    static func hasPurposeSubject(_ i: Int, in tokens: [NormToken]) -> Bool {
        guard NormCues.obligation.contains(tokens[i].text) else { return false }
        // The subject's head opens the clause, after a determiner at most ("Denne retningslinjen
        // skal", "Målsetting med alle tiltak skal"); not an object of a fronted clause ("I situasjoner
        // der helsepersonell avviker fra rådene skal dette dokumenteres").
        let words = (clauseStart(before: i, in: tokens)..<i).filter { tokens[$0].isWord }
        guard let first = words.first else { return false }
        if words.count == 1, tokens[first].text == "dette",
           let verb = tokens[(i + 1)...].first(where: { $0.isWord && !NormCues.adverbs.contains($0.text) }),
           NormCues.purposeVerbs.contains(verb.text) {
            return true
        }
        let head = ["denne", "dette", "den", "det", "disse"].contains(tokens[first].text) && words.count > 1 ? words[1] : first
        return NormCues.purposeSubjects.contains(tokens[head].text)
            && !words.contains { NormCues.subordinators.contains(tokens[$0].text) || tokens[$0].text == "at" }
    }

    // MARK: - Clauses

    /// Whether the cue at `i` belongs to the sentence's main clause.
    static func governs(_ i: Int, in tokens: [NormToken]) -> Bool {
        if isParenthesized(i, in: tokens) || isInEmbeddedQuestion(i, in: tokens) { return false }
        let start = clauseStart(before: i, in: tokens)
        let words = (start..<i).filter { tokens[$0].isWord }
        if let at = words.last(where: { NormCues.embeddingConjunctions.contains(tokens[$0].text) }),
           !(at > 0 && NormCues.stressing.contains(tokens[at - 1].text)) {
            return false
        }
        // "pasienter som skal reise", "dersom pasienten skal reise", "hva pasienten kan gjøre": a
        // modal a few words after "som" or a subordinator is that clause's.
        for (k, w) in words.enumerated().reversed() where k > 0 || NormCues.relative.contains(tokens[w].text) {
            let word = tokens[w].text
            if NormCues.relative.contains(word) {
                // "som skal", "som ikke skal", "som pasienten kan benytte"; not "Legen som gjennomfører samtalen bør".
                let rest = words[(k + 1)...]
                if rest.allSatisfy({ NormCues.adverbs.contains(tokens[$0].text) }) { return false }
                if rest.count <= 2, let subject = rest.first, looksLikeSubject(tokens[subject]),
                   rest.dropFirst().allSatisfy({ NormCues.adverbs.contains(tokens[$0].text) }) {
                    return false
                }
                break
            }
            if NormCues.subordinators.contains(word) {
                if word == "om", k > 0, isNoun(tokens[words[k - 1]].text) { continue }
                if words.count - k - 1 <= 2 { return false }
                break
            }
        }
        guard let first = words.first, NormCues.frontedSubordinators.contains(tokens[first].text) else { return true }
        // A fronted clause without a comma: the main clause's modal is followed by its subject
        // ("Når diagnosen stilles bør sykehuset …"), the clause's own by a verb ("dersom pasienten skal reise").
        guard words.count >= 2, let next = nextWord(after: i, in: tokens) else { return false }
        return looksLikeSubject(tokens[next])
    }

    /// "Reflekter med kolleger om hvordan pasientens styrker, vansker, bekymringer og håp kan
    /// utforskes": the modal ends a question embedded after a word, its subject a list whose commas
    /// the clause rule would take for clause ends. Only commas of a list may stand between (a comma
    /// before "og"/"men"/"eller" starts a new clause in Norwegian, which sets no comma before a list's "og").
    /// An aside in brackets and the dot of a date or number ("av 3. april 2008 nr. 320 (lovdata.no)")
    /// end no clause either.
    static func isInEmbeddedQuestion(_ i: Int, in tokens: [NormToken]) -> Bool {
        var j = i - 1
        while j > 0 {
            let t = tokens[j]
            if t.text == ")" {
                // The whole aside, whatever marks it holds.
                while j > 0, tokens[j].text != "(" { j -= 1 }
                j -= 1
                continue
            }
            if t.text == "." && isNumberDot(j, in: tokens) {
                j -= 1
                continue
            }
            if !t.isWord {
                guard t.text == ",", let next = nextWord(after: j, in: tokens),
                      !NormCues.clauseLinks.contains(tokens[next].text) else { return false }
            } else if NormCues.embeddedQuestionWords.contains(t.text) {
                return tokens[j - 1].isWord
            } else if isCueWord(t.text) {
                return false
            }
            j -= 1
        }
        return false
    }

    /// The dot of "3. april" or "nr. 320", not one that may end a run-on sentence ("etc.").
    private static func isNumberDot(_ j: Int, in tokens: [NormToken]) -> Bool {
        guard j > 0, tokens[j - 1].isWord else { return false }
        let before = tokens[j - 1].text
        return Int(before) != nil || ["nr", "jf", "kap", "pkt"].contains(before)
    }

    private static func isCueWord(_ word: String) -> Bool {
        NormCues.obligation.contains(word) || NormCues.dutyVerbs.contains(word) || NormCues.recommendation.contains(word)
            || NormCues.option.contains(word)
    }

    /// Inside "( … )": an aside ("(fra 16 år kreves samtykke)") does not set the sentence's norm.
    static func isParenthesized(_ i: Int, in tokens: [NormToken]) -> Bool {
        var depth = 0
        for t in tokens[..<i] where !t.isWord {
            if t.text == "(" { depth += 1 } else if t.text == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// After the last clause-closing mark before `i`.
    static func clauseStart(before i: Int, in tokens: [NormToken]) -> Int {
        var j = i
        while j > 0, tokens[j - 1].isWord || ![",", ";", ":", "(", ")", "–"].contains(tokens[j - 1].text) { j -= 1 }
        return j
    }

    /// "Tilbud om", "Informasjon om": a noun before "om" makes it a preposition.
    static func isNoun(_ word: String) -> Bool {
        NormCues.nounsBeforeOm.contains(word) || NormCues.nounSuffixesBeforeOm.contains { word.hasSuffix($0) && word.count > $0.count + 2 }
    }

    static func looksLikeSubject(_ token: NormToken) -> Bool {
        let w = token.text
        if NormCues.subjectWords.contains(w) || token.written.first?.isUppercase == true { return true }
        if NormCues.adverbs.contains(w) { return false }
        return (w.hasSuffix("en") || w.hasSuffix("et") || w.hasSuffix("ene") || w.hasSuffix("ell")) && w.count > 3
    }

    // MARK: - Words

    static func nextWord(after i: Int, in tokens: [NormToken]) -> Int? {
        let j = i + 1
        return j < tokens.count && tokens[j].isWord ? j : nil
    }

    /// The verb a modal governs: the next word that is not a subject word or an adverb, nor a noun
    /// standing as the subject after it ("kan kvinnen ha", "kan materiellet gi").
    static func verbAfterModal(_ i: Int, in tokens: [NormToken]) -> Int? {
        var j = i + 1
        var skippedNoun = false
        while j < tokens.count, tokens[j].isWord {
            let w = tokens[j].text
            if NormCues.subjectWords.contains(w) || NormCues.adverbs.contains(w) {
                j += 1
                continue
            }
            if !skippedNoun, j == i + 1, nextWord(after: j, in: tokens) != nil, isDefiniteNoun(w) {
                skippedNoun = true
                j += 1
                continue
            }
            return j
        }
        return nil
    }

    /// "kvinnen", "materiellet", "pasientene": a definite noun, never an infinitive or a passive.
    private static func isDefiniteNoun(_ w: String) -> Bool {
        w.count > 4 && (w.hasSuffix("en") || w.hasSuffix("et") || w.hasSuffix("ene")) && !w.hasSuffix("es")
    }
}
