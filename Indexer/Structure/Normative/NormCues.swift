/// The words that carry a norm in Helsedirektoratet's Norwegian (Bokmål and Nynorsk), and the words
/// that tell a modal verb is not one. Kept as data in one place so a reader can check them.
enum NormCues {
    /// Modal verbs and verbs of duty, recommendation and option (lower case).
    static let obligation: Set<String> = ["skal", "må", "lyt", "kreves", "krevjast", "krevst"]
    /// "plikter å": a duty only as a verb with its "å" (the plural noun "plikter" names duties).
    static let dutyVerbs: Set<String> = ["plikter", "pliktar"]
    static let recommendation: Set<String> = ["bør", "anbefaler", "anbefales", "anbefalt", "anbefalte", "anbefalast",
                                              "tilrår", "tilrås", "tilrådd", "tilrådast", "rådes", "rådast"]
    static let option: Set<String> = ["kan", "foreslår", "foreslås", "foreslått", "føreslår"]
    /// Recommendations against by their very word.
    static let against: Set<String> = ["frarådes", "fraråder", "frarådet", "frårår", "frårådd", "frårådast"]
    /// "er pålagt", "er forpliktet", "plikt til", "rett til" — duties named by a noun or participle.
    static let dutyWords: Set<String> = ["pålagt", "pålagde", "forpliktet", "forplikta", "pliktig"]
    static let dutyNouns: Set<String> = ["plikt", "plikten", "plikta"]
    /// Every word `NormTagger` can read a norm from ("rett" with its "til"): asked once a word
    /// before the sets one by one.
    static let cueWords: Set<String> = obligation.union(dutyVerbs).union(recommendation).union(option).union(against)
        .union(dutyWords).union(dutyNouns).union(["rett"])

    /// Negations; "ikke bare" ("not only") negates nothing.
    static let negations: Set<String> = ["ikke", "ikkje"]
    static let notNegating: Set<String> = ["bare", "berre", "minst", "alene", "åleine"]
    /// Verbs that make a norm one against the act: "bør unngås", "skal avstå fra".
    static let avoiding: Set<String> = ["unngå", "unngås", "unngåast", "avstå", "avstås", "avstå", "avverge"]

    /// After "kan": a possibility, not an option someone is given ("kan være nyttig", "kan variere",
    /// "kan oppleves krevende", "kan bidra til").
    static let epistemicAfterKan: Set<String> = [
        "være", "vere", "bli", "verte", "oppleve", "oppleves", "opplevast", "variere", "bidra", "føre", "utløse",
        "påvirke", "påverke", "forekomme", "oppstå", "endre", "endres", "utfordre", "gi", "ha", "lette", "skyldes",
        "tyde", "øke", "auke", "redusere", "medføre", "hende", "føles", "virke", "komme", "mangle", "inngå", "ligge",
        "bestå", "finnes", "få", "trenge", "føre", "forsterke", "utvikle", "utvikles", "synes", "se", "gå",
        "forårsake", "indikere", "tenkes", "bety", "innebære",
    ]
    /// "kan noe annet følge av loven": a verb that describes only with its preposition ("følge opp" is an act).
    static let epistemicWithPreposition: [String: String] = ["følge": "av", "avhenge": "av", "skyldes": "av"]
    /// "kan være aktuelt å …": an option offered, where "kan være nyttig" only describes.
    static let optionAdjectives: Set<String> = ["aktuelt", "aktuell", "hensiktsmessig", "riktig", "rett", "aktuelle"]
    /// After "må": a description ("må ofte vente").
    static let descriptiveAfterMå: Set<String> = ["ofte", "gjerne", "vel", "visst", "nok"]
    /// After "må": how a text or a notion is to be read ("må sees i sammenheng med"), no one's duty.
    static let interpretiveAfterMå: Set<String> = ["sees", "ses", "forstås", "leses", "betraktes", "oppfattes"]
    /// A recommendation's participle ("anbefalt", "anbefalte") is a cue after an auxiliary ("er
    /// anbefalt", "ikke anbefalt"); before a noun it only names ("anbefalte tidspunkt").
    static let participles: Set<String> = ["anbefalt", "anbefalte", "tilrådd"]
    static let auxiliaries: Set<String> = ["er", "var", "blir", "ble", "vert", "vart", "bli", "være", "vere", "vært", "har", "hadde", "ikke", "ikkje"]
    /// Impersonal verbs by which the text stresses its own point ("Det understrekes at … skal"): the
    /// "at" clause after them states the sentence's norm.
    static let stressing: Set<String> = ["understrekes", "presiseres", "påpekes", "poengteres", "fremheves", "understrekast", "presiserast"]
    /// Nouns that take "om" as a preposition ("Tilbud om antipsykotika bør gis"), not as "whether".
    static let nounsBeforeOm: Set<String> = [
        "tilbud", "tilbodet", "tilbudet", "råd", "kunnskap", "spørsmål", "avtale", "avtaler", "vedtak", "søknad", "samtale",
        "samtaler", "melding", "beskjed", "tekst", "tiltak",
    ]
    static let nounSuffixesBeforeOm = ["sjon", "sjonen", "ing", "ingen", "else", "elsen", "het", "heten", "skap"]

    /// Words that open a clause the norm of which is not the sentence's own when they start it
    /// ("dersom pasienten skal reise hjem", "hvor raskt koordinatoren bør komme på plass").
    static let frontedSubordinators: Set<String> = [
        "dersom", "hvis", "om", "når", "fordi", "før", "mens", "der", "siden", "hvor", "hva", "hvordan", "hvem",
        "hvilke", "hvilken", "viss", "korleis", "kva", "kven", "kvar", "sjølv", "selv", "etter", "ettersom",
    ]
    /// Openers of an embedded clause: a modal after them belongs to it ("viktig at …", "for at …").
    static let embeddingConjunctions: Set<String> = ["at"]
    /// Inside a sentence: a modal two words or fewer after one is the subordinate clause's.
    static let subordinators: Set<String> = [
        "dersom", "hvis", "fordi", "når", "mens", "hvorvidt", "om", "hva", "hvordan", "hvem", "hvilke", "hvilken",
        "viss", "korleis", "kva", "kven", "kvar", "ettersom",
    ]
    /// Question words that open an embedded question ("vurdere hvordan …", "om hva …"); "om" and
    /// "hvis" alone are left to the clause rule, as they also open conditions.
    static let embeddedQuestionWords: Set<String> = ["hvordan", "hva", "hvilke", "hvilken", "hvorvidt", "hvem", "korleis", "kva", "kven"]
    /// After a comma, these start a new clause rather than continue a list.
    static let clauseLinks: Set<String> = ["og", "men", "eller", "så", "for", "samt"]
    /// Subjects of a "skal" that states a purpose, not a duty: documents and aims.
    static let purposeSubjects: Set<String> = [
        "retningslinjen", "retningslinja", "veilederen", "rettleiaren", "rundskrivet", "rådet", "rådene", "anbefalingen",
        "anbefalingene", "ordlyden", "formålet", "føremålet", "målet", "målsetting", "målsettingen", "hensikten",
        "bestemmelsen", "bestemmelsene", "kapitlet", "kapittelet",
    ]
    /// Verbs of what an arrangement is meant to achieve ("Dette skal sikre at …"): after "dette"
    /// alone, a "skal" with one of them states a purpose, not a duty (a duty on "dette" is passive:
    /// "Dette skal dokumenteres").
    static let purposeVerbs: Set<String> = [
        "sikre", "bidra", "gi", "gjøre", "styrke", "bedre", "fremme", "hindre", "forebygge", "redusere", "øke", "hjelpe",
        "legge", "sørge", "ivareta", "føre",
    ]
    /// Words that point to where a duty is described ("er beskrevet i", "Les mer om", "i tråd med").
    static let reporting: Set<String> = [
        "beskriver", "beskrevet", "beskrive", "omtalt", "omtales", "utdypet", "utdypes", "les", "se", "vises", "viser",
        "omhandler", "tråd", "henhold", "medhold",
    ]
    static let relative: Set<String> = ["som"]

    /// Words that may stand as a subject right after a modal ("bør de", "skal man", "bør en kommunal …").
    static let subjectWords: Set<String> = [
        "de", "den", "det", "du", "man", "en", "ein", "et", "eit", "vi", "han", "hun", "ho", "dette", "disse", "dei",
        "alle", "helsepersonell", "personell", "kommunen", "sykehuset", "pasienten", "pasienter", "barn", "noe", "noko",
    ]
    /// After a modal, these mean the subject receives or undergoes the act rather than doing it.
    static let undergoing: Set<String> = ["få", "motta", "bli", "være", "vere", "verte"]
    /// Skipped when looking for the verb after a modal.
    static let adverbs: Set<String> = [
        "ikke", "ikkje", "også", "og", "alltid", "sammen", "tidlig", "raskt", "helst", "først", "selv", "sjølv",
        "derfor", "likevel", "dessuten", "normalt", "vanligvis", "da", "så", "i", "tillegg", "snarest", "for",
        "eksempel", "eksempelvis", "f", "eks", "bl", "a", "blant", "annet", "ofte", "gjerne",
    ]
    /// Prepositions that make a role the object, not the actor ("samarbeide med fastlegen").
    static let prepositions: Set<String> = [
        "til", "med", "for", "av", "fra", "frå", "hos", "mot", "ved", "overfor", "mellom", "blant", "om", "uten",
        "utan", "etter", "via", "på",
    ]
    /// "Oppgaver for ALS-koordinator": the role after "for" is the one with the tasks.
    static let taskNouns: Set<String> = ["oppgaver", "oppgåver", "oppgave", "ansvar", "ansvaret", "rolle", "rollen", "oppgavene"]
}
