import GuideKit

/// Finds role names in a sentence and decides which name the one to act.
///
/// A name is matched word by word as `RoleName` compares them, longest first, left to right. It is an actor when it is
/// the subject: before the norm's cue in the main clause ("Fastlegen bør …", "ALS-teamet i sykehuset
/// og kommunal koordinator bør …"), right after it ("… bør ALS-teamet vurdere"), at the start of a
/// checklist line or right after "at" ("Rådet kan følges ved at kommunal koordinator …"), or named
/// as the holder of tasks ("Oppgaver for ALS-koordinator"); and a name joined to an actor by "og",
/// "eller" or a comma acts too. Not when a preposition governs it ("samarbeide med fastlegen") or
/// when the subject only receives ("Pårørende bør få tilbud", "bør en koordinator være oppnevnt").
struct RoleFinder {
    let lexicon: RoleLexicon

    struct Match {
        var role: String
        var tokens: Range<Int>
        var actor: Bool
    }

    /// `listLine`: a checklist lead-in or item, whose first words name who acts ("kommunen tar ansvar …").
    func matches(in tokens: [NormToken], cue: Range<Int>?, listLine: Bool) -> [Match] {
        var found: [Match] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, let key = lexicon.keysByStart[RoleLexicon.start(of: tokens[i].text)]?
                .first(where: { matchesKey($0.words, tokens, at: i) }) else {
                i += 1
                continue
            }
            found.append(Match(role: key.role, tokens: i..<(i + key.words.count), actor: false))
            i += key.words.count
        }
        let receives = cue.map { undergoes(after: $0, in: tokens, skipping: found) } ?? false
        for k in found.indices {
            found[k].actor = isActor(found[k].tokens, in: tokens, cue: cue, receives: receives, listLine: listLine)
        }
        // "pårørende, fastlege og annet helsepersonell deltar": the rest of a listed subject acts too.
        for k in found.indices.dropFirst() where !found[k].actor && found[k - 1].actor {
            if isCoordinated(found[k - 1].tokens.upperBound, found[k].tokens.lowerBound, in: tokens) { found[k].actor = true }
        }
        return found
    }

    private func matchesKey(_ words: [String], _ tokens: [NormToken], at i: Int) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        for k in words.indices {
            let t = tokens[i + k]
            guard t.isWord, RoleName.matches(t.text, listed: words[k]) else { return false }
        }
        return true
    }

    private func isActor(_ match: Range<Int>, in tokens: [NormToken], cue: Range<Int>?, receives: Bool, listLine: Bool) -> Bool {
        switch governingWord(before: match.lowerBound, in: tokens) {
        case .taskHolder: return true
        case .preposition: return false
        case .none: break
        }
        if let cue, !receives, tokens[cue.lowerBound].isWord, NormTagger.governs(cue.lowerBound, in: tokens) {
            if match.upperBound <= cue.lowerBound, inSubjectClause(match.lowerBound, cue: cue.lowerBound, in: tokens) { return true }
            // Inverted: "… bør ALS-teamet vurdere", "bør en kommunal koordinator", "bør pasientens fastlege".
            if match.lowerBound >= cue.upperBound, onlySubjectWords(cue.upperBound, match.lowerBound, in: tokens),
               !hasSubjectBefore(cue.lowerBound, in: tokens) { return true }
        }
        // "Rådet kan følges ved at kommunal koordinator ivaretar …": the subject of how it is done.
        let start = NormTagger.clauseStart(before: match.lowerBound, in: tokens)
        let before = (start..<match.lowerBound).filter { tokens[$0].isWord }
        if let at = before.last(where: { tokens[$0].text == "at" }), at > 0, tokens[at - 1].text == "ved" {
            return before.filter { $0 > at }.count <= 2
        }
        // The first words of a list line: "sosionom i ALS-teamet informerer …".
        return listLine && start == 0 && before.count <= 2
    }

    private enum Governor { case taskHolder, preposition }

    /// The nearest preposition within four words before, stopping at "at", "som" or a mark.
    private func governingWord(before i: Int, in tokens: [NormToken]) -> Governor? {
        var j = i - 1, seen = 0
        while j >= 0, tokens[j].isWord, seen < 4 {
            let w = tokens[j].text
            if w == "at" || w == "som" { return nil }
            if NormCues.prepositions.contains(w) {
                if w == "for", seen == 0, j > 0, NormCues.taskNouns.contains(tokens[j - 1].text) { return .taskHolder }
                return .preposition
            }
            j -= 1
            seen += 1
        }
        return nil
    }

    /// Before the cue in its own clause, not inside a fronted or embedded clause.
    private func inSubjectClause(_ i: Int, cue: Int, in tokens: [NormToken]) -> Bool {
        let start = NormTagger.clauseStart(before: cue, in: tokens)
        // "Pårørende barn …, bør få": a comma right before the cue leaves the subject before it.
        let clauseStart = start == cue && cue > 1 ? NormTagger.clauseStart(before: cue - 1, in: tokens) : start
        guard i >= clauseStart else { return false }
        let words = (clauseStart..<i).filter { tokens[$0].isWord }
        if let first = words.first, NormCues.frontedSubordinators.contains(tokens[first].text) { return false }
        return !words.contains { ["at", "som"].contains(tokens[$0].text) }
    }

    /// "bør få", "skal være oppnevnt", "bør vurderes": the subject receives or undergoes the act.
    private func undergoes(after cue: Range<Int>, in tokens: [NormToken], skipping matches: [Match]) -> Bool {
        var j = cue.upperBound
        while j < tokens.count, tokens[j].isWord {
            if let m = matches.first(where: { $0.tokens.contains(j) }) { j = m.tokens.upperBound; continue }
            let w = tokens[j].text
            if NormCues.subjectWords.contains(w) || NormCues.adverbs.contains(w) { j += 1; continue }
            return NormCues.undergoing.contains(w) || (w.count > 4 && (w.hasSuffix("es") || w.hasSuffix("ast")))
        }
        return false
    }

    /// At most two words between, each a determiner, pronoun, adverb or genitive ("pasientens").
    private func onlySubjectWords(_ a: Int, _ b: Int, in tokens: [NormToken]) -> Bool {
        guard a <= b, b - a <= 2 else { return false }
        return tokens[a..<b].allSatisfy {
            $0.isWord && (NormCues.subjectWords.contains($0.text) || NormCues.adverbs.contains($0.text) || $0.text.hasSuffix("s"))
        }
    }

    /// A noun phrase before the modal in its clause ("Kontaktpersonen … bør involvere helsestasjonen"):
    /// then what follows the verb is its object, not its subject.
    private func hasSubjectBefore(_ cue: Int, in tokens: [NormToken]) -> Bool {
        let start = NormTagger.clauseStart(before: cue, in: tokens)
        let words = (start..<cue).filter { tokens[$0].isWord }
        guard let first = words.first else { return false }
        return !NormCues.frontedSubordinators.contains(tokens[first].text) && !NormCues.adverbs.contains(tokens[first].text)
            && !NormCues.prepositions.contains(tokens[first].text)
    }

    /// Only "og", "eller", commas and a few words of a noun phrase between two names.
    private func isCoordinated(_ a: Int, _ b: Int, in tokens: [NormToken]) -> Bool {
        guard a < b, b - a <= 5 else { return false }
        let between = tokens[a..<b]
        return between.contains { ["og", "eller", ","].contains($0.text) }
            && !between.contains { NormCues.prepositions.contains($0.text) || $0.text == "at" || $0.text == "som" }
    }
}
