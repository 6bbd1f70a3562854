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
        if tokens.last?.text == "?" {
            return Tag(norm: .none, direction: nil, cue: nil)
        }
        var best: Tag?
        for i in tokens.indices where tokens[i].isWord && !isMentioned(i, in: tokens) && !hasPurposeSubject(i, in: tokens) {
            guard var found = cue(at: i, in: tokens), governs(i, in: tokens) else { continue }
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
        if NormCues.recommendation.contains(word) { return tag(.recommendation) }
        if NormCues.obligation.contains(word) {
            if word == "må", let next, NormCues.descriptiveAfterMå.contains(tokens[next].text) { return nil }
            return tag(.obligation)
        }
        if NormCues.option.contains(word) {
            if word == "kan", let verb = verbAfterModal(i, in: tokens), NormCues.epistemicAfterKan.contains(tokens[verb].text),
               !isOfferedOption(afterVerb: verb, in: tokens) {
                return nil
            }
            return tag(.option)
        }
        if NormCues.dutyWords.contains(word) { return tag(.obligation) }
        // "plikt til …", "har rett til …": the noun with its "til".
        if let next, tokens[next].text == "til" {
            // A duty named in a sentence that points to where it is described only reports it.
            if tokens.contains(where: { NormCues.reporting.contains($0.text) }) { return nil }
            if NormCues.dutyNouns.contains(word) { return tag(.obligation, next + 1) }
            if word == "rett", i > 0, ["har", "hatt", "fått"].contains(tokens[i - 1].text) { return tag(.obligation, next + 1) }
        }
        return nil
    }

    /// "Det kan være aktuelt å henvise": an option after all, unlike "kan være nyttig".
    private static func isOfferedOption(afterVerb verb: Int, in tokens: [NormToken]) -> Bool {
        guard ["være", "vere"].contains(tokens[verb].text), let next = nextWord(after: verb, in: tokens),
              NormCues.optionAdjectives.contains(tokens[next].text), let å = nextWord(after: next, in: tokens) else { return false }
        return tokens[å].text == "å"
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
        if words.contains(where: { NormCues.embeddingConjunctions.contains(tokens[$0].text) }) { return false }
        // "pasienter som skal reise", "dersom pasienten skal reise", "hva pasienten kan gjøre": a
        // modal a few words after "som" or a subordinator is that clause's.
        for (k, w) in words.enumerated().reversed() where k > 0 || NormCues.relative.contains(tokens[w].text) {
            let word = tokens[w].text
            if NormCues.relative.contains(word) {
                // "som skal", "som ikke skal"; not "Legen som gjennomfører samtalen bør".
                if words[(k + 1)...].allSatisfy({ NormCues.adverbs.contains(tokens[$0].text) }) { return false }
                break
            }
            if NormCues.subordinators.contains(word) {
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
    static func isInEmbeddedQuestion(_ i: Int, in tokens: [NormToken]) -> Bool {
        var j = i - 1
        while j > 0 {
            let t = tokens[j]
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

    private static func isCueWord(_ word: String) -> Bool {
        NormCues.obligation.contains(word) || NormCues.recommendation.contains(word) || NormCues.option.contains(word)
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

    /// The verb a modal governs: the next word that is not a subject word or an adverb.
    static func verbAfterModal(_ i: Int, in tokens: [NormToken]) -> Int? {
        var j = i + 1
        while j < tokens.count, tokens[j].isWord {
            let w = tokens[j].text
            if !(NormCues.subjectWords.contains(w) || NormCues.adverbs.contains(w)) { return j }
            j += 1
        }
        return nil
    }
}
