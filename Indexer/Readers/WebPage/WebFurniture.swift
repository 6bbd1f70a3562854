import Foundation

/// Page furniture that is not chrome of one site layout but recurs on saved pages of every kind:
/// lines that say something about the page (its print metadata, its age, a photo, how to print it,
/// an editor's note, what a strength label means) rather than about health care. Judged by shape:
/// a short line without a sentence built from site vocabulary, a run of "Label - value" lines, a
/// sentence whose subject is the page or document itself.
enum WebFurniture {
    /// The words that open a print dialog's metadata block ("Velg data du ønsker med i utskriften").
    static func opensPrintMetadata(_ text: String) -> Bool {
        let t = text.lowercasedFast
        return t.hasPrefix("velg data") || (WebText.holds(t, "med i utskriften") && WebText.words(t).count <= 8)
    }

    /// "Norsk tittel - Nytt liv …", "ISBN -", "IS-nr - 2285": a label of at most three words, a dash,
    /// and a value that may be empty.
    static func metadataField(_ text: String) -> (label: String, value: String)? {
        guard let range = text.firstRange(ofPattern: #"^\p{Lu}[\p{L}()\-]*( [\p{L}()\-]+){0,2} -( |$)"#) else { return nil }
        let label = text[range].dropLast(text[range].hasSuffix(" ") ? 2 : 1).trimmingCharacters(in: .whitespaces)
        let value = String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces)
        return (label, value)
    }

    /// A column-label line of a print metadata block: a few capitalized labels, no sentence
    /// ("Tittel Versjon Status", "IS-nr", "Utgiver(e) Redaktør Publikasjonstype").
    static func isLabelRow(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...5).contains(words.count), !text.contains(where: { WebText.closingPunctuation.contains($0) }) else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "Artikkelen er 2 år gammel, informasjonen kan være utdatert.", "Foto: … / Mostphotos".
    static func isPageNotice(_ text: String) -> Bool {
        let t = text.lowercasedFast
        if ["artikkelen ", "siden ", "saken ", "innholdet "].contains(where: t.hasPrefix),
           t.firstRange(ofPattern: #"^(artikkelen|siden|saken|innholdet) er (over |mer enn )?\d+ år gam"#) != nil { return true }
        return isPhotoCredit(text)
    }

    static func isPhotoCredit(_ text: String) -> Bool {
        // Only a line holding a colon can be a credit: the rest are not lowered and matched.
        ByteSearch.holds(text, ":")
            && text.lowercasedFast.firstRange(ofPattern: #"^(foto|illustrasjon|bilde|illustrasjonsfoto)\s*:"#) != nil
            && WebText.words(text).count <= 12
    }

    /// A note on printing or downloading the page: at most three sentences that speak of printing or
    /// downloading a PDF, or point to the link that does ("Se lenke «Skriv ut / Lag PDF» nederst …").
    /// "Pasienten får en utskrift av legemiddellisten" is advice: no PDF, no link.
    static func isPrintNote(_ text: String) -> Bool {
        let t = text.lowercasedFast
        let printing = ["skrive ut", "skriv ut", "lag pdf", "som pdf", "(pdf)", "laste det ned", "laste ned", "last ned"]
        guard printing.contains(where: { WebText.holds(t, $0) }) else { return false }
        let sentences = t.split { ".!?".contains($0) }.filter { WebText.words(String($0)).count >= 2 }
        return sentences.count <= 3 && (t.contains("pdf") || t.contains("lenke") || t.hasPrefix("last ned"))
    }

    /// An editor's note left in the page: it smiles (":)") or is signed in the first person.
    static func isEditorNote(_ text: String) -> Bool {
        (ByteSearch.holds(text, ":") || ByteSearch.holds(text, ";"))
            && text.firstRange(ofPattern: #"(^|\s)[:;]-?[)D]\.?(\s|$)"#) != nil
    }

    /// The site's explanation of a strength label ("Sterk anbefaling vil gjelde for de aller fleste
    /// pasienter …", "Betegnelsen brukes når kravet er forankret i lov eller forskrift."): the label
    /// it explains, when the line is one.
    static func explainedLabel(_ text: String) -> String? {
        let lower = text.lowercasedFast
        if lower.hasPrefix("betegnelsen brukes") { return "" }
        for label in labelsLongestFirst where lower.hasPrefix(label + " vil ") {
            return label
        }
        return nil
    }

    /// Sorted once: every line of a page asks.
    private static let labelsLongestFirst = WebHeadings.labels.sorted { $0.count > $1.count }

    /// Category labels of link lists and search results ("Rundskriv", "Kapittel", "PDF"): a line
    /// that is only a kind of document.
    static let documentKinds: Set<String> = [
        "kapittel", "rapport", "pdf", "veileder til lov og forskrift", "lovtekst med kommentar", "artikkel", "nyhet",
        "høringsside", "publikasjon",
    ]

    static func isDocumentKind(_ text: String) -> Bool {
        documentKinds.contains(WebChrome.key(text)) || WebChrome.productType(text) != nil
    }

    /// A flattened table's column labels, one label repeated in another ("Anbefalinger Anbefalingens
    /// styrke"): a header row without its table, never a title.
    static func isRepeatedLabel(_ text: String) -> Bool {
        // Two capitalized words side by side, one the other's stem: where one column label ends and the next begins.
        // "Behandling og behandlingsvalg" is a heading.
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count), !text.contains(where: WebText.closingPunctuation.contains) else { return false }
        return zip(words, words.dropFirst()).contains { a, b in
            a.first?.isUppercase == true && b.first?.isUppercase == true && a.count >= 6 && b.count >= 6
                && a.lowercasedFast.prefix(6) == b.lowercasedFast.prefix(6)
        }
    }

    /// A table's separator row ("---|---|---|").
    static func isTableRule(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { "-|: ".contains($0) } && text.contains("-")
    }
}

/// The status lines of a hearing page ("Under behandling", "Forventet ferdigbehandlet: 04. januar
/// 2022"): they feed the guideline's hearing status, never a passage.
enum HearingStatusLine {
    static func matches(_ text: String) -> Bool {
        let key = WebChrome.key(text)
        return ["under behandling", "høring pågår", "høringen er avsluttet", "ferdigbehandlet", "avsluttet"].contains(key)
            || key.hasPrefix("forventet ferdigbehandlet")
    }
}
