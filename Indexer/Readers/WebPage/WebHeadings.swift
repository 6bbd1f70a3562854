import Foundation

/// What a line of page content is, judged by its shape and wording alone (the page lost its HTML
/// headings when it was saved as text).
enum WebHeadings {
    enum Kind: Equatable {
        /// "Praktisk – slik kan anbefalingen følges".
        case practical
        /// "Begrunnelse – dette er anbefalingen basert på".
        case rationale
        /// "Referanser", "Litteratur": what follows is the literature list.
        case literature
        /// "Sterk anbefaling", "Råd": the label the site puts above a recommendation's title.
        case label
        /// A sentence-like title with a normative verb ("Helsepersonell bør …"): may start a new recommendation.
        case recommendationTitle
        /// A short line without final punctuation ("Pårørende", "Kollegastøtte/veiledning").
        case subHeading
        /// Running text.
        case paragraph
    }

    static let literatureHeadings: Set<String> = [
        "referanser", "litteratur", "kilder", "referanseliste", "litteraturliste", "vis referanser", "kildeliste",
    ]

    static let labels: Set<String> = [
        "anbefaling", "sterk anbefaling", "svak anbefaling", "råd", "sterkt råd", "svakt råd", "anbefalt",
        "ikke anbefalt", "sterk anbefaling mot", "svak anbefaling mot",
    ]

    /// Titles of a listing ("Alle anbefalinger"): they name what the page lists, not what it is about.
    static let listingLabels: Set<String> = [
        "alle anbefalinger", "alle anbefalingene", "anbefalinger", "alle råd", "alle rådene", "oversikt over anbefalingene",
    ]

    /// Words that make a title a piece of advice.
    static let normativeWords: Set<String> = [
        "bør", "skal", "må", "anbefales", "anbefaler", "frarådes", "fraråder", "tilbys", "tilbyr",
    ]

    static func kind(of line: String) -> Kind {
        let text = withoutNumbering(line)
        let key = WebChrome.key(text)
        let bare = key.replacingPattern(#"\s*\(\d+\)$"#, with: "")
        if literatureHeadings.contains(bare) { return .literature }
        if labels.contains(key) { return .label }
        guard hasHeadingShape(text, maxCharacters: 250, maxWords: 40) else { return .paragraph }
        if key.hasPrefix("praktisk"), text.count <= 90 { return .practical }
        if key.hasPrefix("begrunnelse"), text.count <= 90 { return .rationale }
        let words = WebText.words(text)
        if words.count >= 5, words.contains(where: { normativeWords.contains($0.lowercasedFast) }) {
            return .recommendationTitle
        }
        if text.count <= 80, words.count <= 10, !WebText.isLinkText(text) { return .subHeading }
        return .paragraph
    }

    /// True when a title can be a document's name: short, one phrase (no sentence ends in it or closes
    /// it), and no advice ("… bør …", "… anbefales").
    static func isNameShaped(_ text: String) -> Bool {
        let words = WebText.words(text)
        guard !words.isEmpty, words.count <= 16, !WebText.hasSentenceBreak(text), !text.hasSuffix(".") else { return false }
        return !words.contains { normativeWords.contains($0.lowercasedFast) }
    }

    /// A heading's text without its section number: "22.2. Kunnskapsbasert prosess" → "Kunnskapsbasert
    /// prosess", "13. Metode og prosess" → "Metode og prosess". Other text is returned as it is.
    static func withoutNumbering(_ text: String) -> String {
        guard let range = numbering(of: text) else { return text }
        return String(text[range.upperBound...])
    }

    /// The leading section number ("3.", "22.2.", "4.1 ") when a capitalized word follows it.
    static func numbering(of text: String) -> Range<String.Index>? {
        // A number glued to its title ("1.Diagnose") is split too.
        text.firstRange(ofPattern: #"^(\d{1,2}\.(\d{1,2}\.)*|\d{1,2}(\.\d{1,2})+) *(?=\p{Lu})"#)
    }

    /// Starts with a capital or a digit, ends without sentence punctuation, holds one sentence at most.
    static func hasHeadingShape(_ text: String, maxCharacters: Int, maxWords: Int) -> Bool {
        guard let first = text.first, first.isUppercase || first.isNumber, let last = text.last,
              !WebText.closingPunctuation.contains(last), text.count <= maxCharacters,
              WebText.words(text).count <= maxWords
        else { return false }
        return !WebText.hasSentenceBreak(text)
    }
}

/// The paragraph that opens a rationale when the page lost its "Begrunnelse" heading:
/// "Hensikten med anbefalingen er …", "Rådet er basert på …", "Bakgrunnen for anbefalingen …".
enum WebRationaleOpening {
    static func matches(_ text: String) -> Bool {
        let t = text.lowercasedFast
        let subject = #"(denne |dette )?(anbefalingen|anbefalingene|anbefaling|rådet|rådene)"#
        return t.firstRange(ofPattern: #"^(hensikten|formålet|bakgrunnen|begrunnelsen|grunnlaget) (med|for) "# + subject) != nil
            || t.firstRange(ofPattern: "^" + subject + #" (er|ble) (basert|bygget|utarbeidet) på"#) != nil
            || t.firstRange(ofPattern: "^" + subject + #" (bygger|baserer seg|hviler) på"#) != nil
    }
}

/// A literature reference: "Bakken, A. K., Mengshoel, A. M., … (2023). Title. Journal, 18(1), 2223420."
/// (APA), "Smith J, Jones AB. Title. J Med 2020;…" (Vancouver), or, inside a literature list,
/// "Folkehelseinstituttet (2019). Rapport …".
enum WebLiterature {
    static func isReference(_ text: String, inList: Bool) -> Bool {
        let year = #"\((19|20)\d{2}[a-z]?\)"#
        let apa = #"^\p{Lu}[\p{L}'’\-]+( [\p{L}'’\-]+)?, (\p{Lu}\.\s?-?)+"#
        if text.firstRange(ofPattern: apa) != nil, text.firstRange(ofPattern: year) != nil {
            return true
        }
        let vancouver = #"^\p{Lu}[\p{L}'’\-]+ \p{Lu}{1,3}(, \p{Lu}[\p{L}'’\-]+ \p{Lu}{1,3})*(, et al)?\. \S"#
        if text.firstRange(ofPattern: vancouver) != nil,
           text.firstRange(ofPattern: #"\b(19|20)\d{2}\b"#) != nil {
            return true
        }
        let organisation = #"^\p{Lu}[^.()]{1,150} \((19|20)\d{2}[a-z]?\)\. \S"#
        return inList && text.firstRange(ofPattern: organisation) != nil
    }
}
