/// Small closed classes of Norwegian words that tell whether a wrapped line goes on.
/// Language knowledge, not document data.
enum PDFWordLists {
    /// Words a sentence or list item cannot end on, and that do not start a new item: when a line
    /// ends on one, or the next line starts with one, the text goes on.
    static let connectives: Set<String> = [
        "og", "eller", "men", "samt", "både", "enten", "herunder", "blant", "inkludert", "jf.", "jf", "jamfør",
        "i", "på", "av", "for", "til", "med", "om", "fra", "ved", "under", "etter", "mot", "hos", "mellom",
        "uten", "gjennom", "innen", "over", "overfor", "rundt", "som", "at", "å", "der", "hvor", "når", "dersom",
        "fordi", "hvis", "slik", "en", "et", "ei", "denne", "dette", "disse", "sin", "sine", "sitt", "ulike",
        "enkelte", "hver", "hvert", "er", "blir", "ble", "kan", "skal", "bør", "må", "vil", "være", "bli",
    ]

    /// Words a glued link text is often stuck to ("eller" + "spesialisthelsetjenesteloven").
    static let gluePrefixes: Set<String> = [
        "og", "eller", "men", "samt", "herunder", "i", "på", "av", "for", "til", "med", "om", "fra", "ved",
        "under", "etter", "mot", "hos", "som", "at", "der", "dersom", "også", "se", "les", "jf", "jamfør",
    ]

    /// Words that, in lower case at the start of a line, always continue the line before
    /// (a list item does not start with them).
    static let lineStartConnectives: Set<String> = [
        "og", "eller", "men", "samt", "som", "enn", "herunder", "inkludert", "jf.", "jf", "jamfør", "at", "å",
    ]

    static func isConnective(_ word: String) -> Bool {
        connectives.contains(word.lowercased())
    }
}
