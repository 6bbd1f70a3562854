/// What a question asks for beyond its topic, read from its shape. A question asking what
/// something should contain or include ("hva bør planen inneholde", "hva skal en samtale omfatte",
/// "punkter i kartleggingen", "hva bør samtalen handle om") wants the list that answers it: a content cue
/// (`ChecklistCues.content`: inneholde, omfatte, ta med, punkter…, "sjekkliste", or `aboutPhrases`) together with
/// at least one other content word, the thing that should contain it. A question asking what a role
/// does ("hva gjør ALS-koordinator", "fastlegens rolle", "virksomhetsleders ansvar": a task cue,
/// `ChecklistCues.tasks` or "rolle", or "hva gjør", with a role name) wants the list of the role's tasks.
public struct QueryIntent: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, Hashable {
        /// The list of what something should contain: a checklist leads.
        case checklist
        /// What a role does: the checklist of its tasks leads.
        case role
    }

    public var kind: Kind
    /// The words that showed the intent, as typed.
    public var cues: [String]
    /// The thing asked about (the other content words), as typed.
    public var topic: [String]

    /// The intent of a query whose content words (as typed, filler dropped) are these, if any.
    static func detect(in words: [String], tokens: [String]) -> QueryIntent? {
        let asksForContent: (String) -> Bool = { ChecklistCues.matches($0, any: Self.contentCues) }
        var cues = words.filter(asksForContent)
        // Cues of two words ("ta med") stand in the typed text, not among the content words.
        for phrase in Self.contentPhrases where stands(phrase, in: tokens) { cues.append(phrase) }
        let topic = words.filter { !asksForContent($0) && !cues.contains($0) && !Self.phraseWords.contains($0) && !Self.lightVerbs.contains($0) }
        guard !cues.isEmpty, !topic.isEmpty else { return roleIntent(in: words, tokens: tokens) }
        return QueryIntent(kind: .checklist, cues: cues, topic: topic)
    }

    /// A question about what a role does: a task cue or "hva gjør", and a role name among the other words.
    private static func roleIntent(in words: [String], tokens: [String]) -> QueryIntent? {
        // Whole words only: a compound ending in one ("koordineringsansvar") names a thing asked about.
        var cues = words.filter { Self.taskStems.contains(NorwegianAnalyzer.stem($0)) }
        for phrase in Self.doesPhrases where stands(phrase, in: tokens) { cues.append(phrase) }
        let topic = words.filter { !cues.contains($0) }
        guard !cues.isEmpty, let role = topic.first(where: isRole) else { return nil }
        return QueryIntent(kind: .role, cues: cues, topic: [role] + topic.filter { $0 != role })
    }

    /// Whether the phrase's words follow one another among the tokens (" phrase " within the tokens
    /// joined by spaces: tokens hold no space).
    private static func stands(_ phrase: String, in tokens: [String]) -> Bool {
        let words = phrase.split(separator: " ")
        guard !words.isEmpty, tokens.count >= words.count else { return false }
        return (0...(tokens.count - words.count)).contains { start in
            words.indices.allSatisfy { tokens[start + $0] == words[$0] }
        }
    }

    /// A role name, also in the genitive that asks for its part ("fastlegens", "virksomhetsleders").
    private static func isRole(_ word: String) -> Bool {
        ChecklistCues.isRole(word) || (word.hasSuffix("s") && ChecklistCues.isRole(String(word.dropLast())))
    }

    /// Content cues and the words naming a list, together once rather than for every word.
    private static let contentCues = ChecklistCues.content + listWords
    /// The content cues of two or more words and the phrases asking what something is about.
    private static let contentPhrases = ChecklistCues.content.filter { $0.contains(" ") } + aboutPhrases
    /// The stems of the task cues, worked out once.
    private static let taskStems = Set((ChecklistCues.tasks + roleCues).map(NorwegianAnalyzer.stem))

    /// Nouns that ask for a role's part ("fastlegens rolle").
    private static let roleCues = ["rolle", "rolla"]
    /// Phrases asking what someone does (their words are filler, so they stand in the typed text).
    private static let doesPhrases = ["hva gjør", "kva gjer", "kva gjør"]

    /// Verbs that carry the question, not its topic ("hvilke punkter skal kartleggingen ha").
    private static let lightVerbs: Set<String> = ["ha", "få", "fa", "gi", "gjøre", "være", "bli", "vere"]
    /// Words that name the list itself.
    private static let listWords = ["sjekkliste", "huskeliste"]
    /// What a conversation or an assessment should be about ("hva bør samtalen handle om", "hva bør
    /// vi spørre om i vurderingen", "hva bør planen si om kommunikasjon", "hva skal stå i rapporten"):
    /// the same question as what it should contain.
    private static let aboutPhrases = ["handle om", "handler om", "dreie seg om", "spørre om", "si om", "si noe om", "stå i"]
    /// The words of the two-word cues, which say nothing of the topic.
    private static let phraseWords: Set<String> = Set((ChecklistCues.content.filter { $0.contains(" ") } + aboutPhrases)
        .flatMap { $0.split(separator: " ").map(String.init) })

    /// The thing that should contain or be about something: the first topic word in the definite
    /// form ("kontrollene", "samtalen", "vurderingen"), as such questions name it, else the first.
    public var head: String? {
        if kind == .role { return topic.first }
        return topic.first { word in word.count > 4 && Self.definiteEndings.contains { word.hasSuffix($0) } } ?? topic.first
    }

    private static let definiteEndings = ["en", "et", "ene", "na"]

    /// Whether a word of the query (as typed) is one of the cues, or a word of a two-word one.
    /// Whether a checklist of this topic is the list the question asks for: any for a content
    /// question, a list of tasks for a question about a role.
    func wants(_ topic: ChecklistTopic?) -> Bool {
        kind == .checklist || topic == .tasks
    }

    func isCue(_ word: String) -> Bool {
        cues.contains { $0 == word || $0.split(separator: " ").contains { $0 == word } }
    }
}
