/// Norwegian filler and question words that carry no content in a situation query. Kept short:
/// words like "ikke", "barn" or "skal" can matter and are not here.
enum Stopwords {
    static func contains(_ word: String) -> Bool { all.contains(word) }

    /// Never the result of a correction ("born" must not become "bør").
    static let all: Set<String> = [
        "og", "i", "på", "pa", "som", "er", "det", "den", "de", "en", "et", "ei", "av", "for", "med", "til",
        "å", "at", "har", "hva", "hvem", "hvordan", "hvorfor", "hvilke", "hvilken", "hvilket", "når", "nar",
        "om", "fra", "kan", "jeg", "vi", "du", "seg", "sin", "sitt", "sine", "man", "eller", "men", "så", "sa",
        "da", "der", "her", "hvis", "dersom", "ved", "etter", "før", "under", "over", "mot", "også", "ogsa",
        "bli", "blir", "ble", "vært", "være", "vaere", "var", "jo", "nå", "na", "noe", "noen", "skal", "bør",
        "bor", "må", "ma", "gjør", "gjore", "sier", "si", "the", "of",
        "hos",
        // Personal pronouns and auxiliaries: "hun", "han", "ha", "hatt" frame a situation told at length.
        "han", "hun", "ham", "henne", "hans", "hennes", "dem", "deres", "oss", "meg", "deg",
        "ha", "hadde", "hatt", "skulle", "ville", "kunne", "måtte", "burde",
        // Nynorsk question and filler words (`Nynorsk` maps the words that carry content).
        "kva", "kven", "korleis", "kvifor", "kvar", "eg", "dei", "ein", "eit", "frå", "då", "noko", "nokon",
        "vere", "vore", "kor",
    ]
}
