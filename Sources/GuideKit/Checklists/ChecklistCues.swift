/// The words that tell what a checklist is about, by topic: data, not rules. Each word is compared
/// by its Snowball stem, so inflections count ("oppgaver", "oppgavene"); words of six letters or more
/// also end compounds ("arbeidsoppgaver", "funksjonskartlegging"). Bokmål and Nynorsk forms both.
public enum ChecklistCues {
    /// Verbs and nouns that say a list gives content ("bør inneholde", "kan omfatte", "punkter").
    static let content = ["inneholde", "innehalde", "innhold", "innhald", "omfatte", "inkludere", "beskrive",
                          "bestå", "inngå", "punkter", "punkt", "dekke", "tas med", "ta med", "si noe om"]
    /// A role's duties.
    static let tasks = ["oppgaver", "oppgave", "oppgåver", "oppgåve", "arbeidsoppgaver", "ansvar", "ansvarsområde",
                        "ansvarsområder"]
    /// Things to explore or ask together with the patient.
    static let questions = ["utforsk", "utforske", "utforskes", "spørre", "spør", "spørsmål", "drøfte", "drøft",
                            "snakke", "snakk", "avklare", "avklar", "finne ut"]
    /// What an assessment, survey or examination covers.
    static let assessment = ["kartlegge", "kartlegges", "kartlegging", "kartleggje", "vurdering", "vurderingen",
                             "utrede", "utredning", "greie", "undersøke", "undersøkelse", "undersøking",
                             "screening", "observere", "observasjon"]
    /// Who can have tasks: heads of role names ("kommunal koordinator", "fastlegen", "ALS-teamet").
    static let roles = ["koordinator", "fastlege", "lege", "sykepleier", "sjukepleiar", "helsepersonell", "team",
                        "kommune", "kommunen", "sykehus", "sjukehus", "leder", "leiar", "virksomhetsleder", "terapeut",
                        "psykolog", "sosionom", "kontaktlege", "primærkontakt", "jordmor", "fagperson", "tjenesten",
                        "tenesta", "enhet", "eining", "ansvarsgruppe"]
    /// Modal verbs that, after a role, open a list of what the role does ("Koordinator skal:").
    static let modals = ["skal", "bør", "må", "kan"]

    /// Words that ask the plan question itself ("hva bør planen inneholde", "koordinatorens oppgaver"):
    /// `guide plan` already asks it, so they do not describe the situation.
    public static func asksThePlanQuestion(_ word: String) -> Bool {
        PlanNoun.isPlanNoun(word) || matches(word, any: content + tasks + ["sjekkliste", "sjekklister", "liste"])
    }

    // MARK: - Matching

    static func matches(_ word: String, any cues: [String]) -> Bool {
        let stem = NorwegianAnalyzer.stem(word)
        return cues.contains { cue in
            stem == NorwegianAnalyzer.stem(cue) || (cue.count >= 6 && word.count > cue.count && word.hasSuffix(cue))
        }
    }

    /// Whether any of the words is a cue, or a phrase of cues ("finne ut") stands in the text.
    static func count(_ words: [String], cues: [String]) -> Int {
        let phrases = cues.filter { $0.contains(" ") }
        let joined = " " + words.joined(separator: " ") + " "
        let single = cues.filter { !$0.contains(" ") }
        return words.filter { matches($0, any: single) }.count + phrases.filter { joined.contains(" \($0) ") }.count
    }
}
