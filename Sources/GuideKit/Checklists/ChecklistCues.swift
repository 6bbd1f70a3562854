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
    /// Who can have tasks: heads of role names that also end compounds ("kommunal koordinator",
    /// "ALS-teamet", "fotteamet", "ergoterapeuten").
    static let roles = ["koordinator", "sykepleier", "sjukepleiar", "personell", "personale", "team", "kommune",
                        "sykehus", "sjukehus", "terapeut", "psykolog", "sosionom", "primærkontakt", "jordmor",
                        "fagperson", "tjeneste", "teneste", "ansvarsgruppe"]
    /// Roles that count only as whole words: as compound heads they name other things ("veileder",
    /// "kollega"…).
    static let roleWords = ["lege", "fastlege", "kontaktlege", "leder", "leiar", "virksomhetsleder", "avdelingsleder",
                            "enhet", "eining"]
    /// Modal verbs that, after a role, open a list of what the role does ("Koordinator skal:").
    static let modals = ["skal", "bør", "må", "kan"]
    /// What may follow a role's modal before the list ("Fastlegen bør blant annet:").
    static let trailingFiller: Set<String> = ["blant", "annet", "anna", "mellom", "følgende", "fylgjande", "for", "eksempel",
                                              "også", "og", "òg"]

    /// Words that ask the plan question itself ("hva bør planen inneholde", "koordinatorens oppgaver"):
    /// `guide plan` already asks it, so they do not describe the situation.
    public static func asksThePlanQuestion(_ word: String) -> Bool {
        PlanNoun.isPlanNoun(word) || matches(word, any: content + tasks + ["sjekkliste", "sjekklister", "liste"])
    }

    // MARK: - Matching

    /// A role name, inflected or ending a compound ("legen", "fotteamet", "ALS-koordinatoren").
    /// Compared on exact forms: the stemmer cuts "-lege" as a suffix ("fastlege" → "fast").
    static func isRole(_ word: String) -> Bool {
        roles.contains { role in roleEndings.contains { word.hasSuffix(role + $0) } }
            || roleWords.contains { role in roleEndings.contains { word == role + $0 } }
    }

    private static let roleEndings = ["", "e", "n", "t", "a", "en", "et", "er", "ar", "ne", "ene", "ane"]

    static func matches(_ word: String, any cues: [String]) -> Bool {
        let stem = NorwegianAnalyzer.stem(word)
        return cues.contains { cue in
            stem == (cueStems[cue] ?? NorwegianAnalyzer.stem(cue)) || (cue.count >= 6 && word.count > cue.count && word.hasSuffix(cue))
        }
    }

    /// The cue lists' stems, worked out once: `matches` runs for each word of every query.
    private static let cueStems = Dictionary((content + tasks + questions + assessment + ["sjekkliste", "sjekklister", "liste", "huskeliste"])
        .map { ($0, NorwegianAnalyzer.stem($0)) }, uniquingKeysWith: { first, _ in first })

    /// Whether any of the words is a cue, or a phrase of cues ("finne ut") stands in the text.
    static func count(_ words: [String], cues: [String]) -> Int {
        let phrases = cues.filter { $0.contains(" ") }
        let joined = " " + words.joined(separator: " ") + " "
        let single = cues.filter { !$0.contains(" ") }
        return words.filter { matches($0, any: single) }.count + phrases.filter { joined.contains(" \($0) ") }.count
    }
}
