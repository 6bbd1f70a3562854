import Foundation

/// Site chrome of Helsedirektoratet pages saved as text: what the site puts around every page
/// (skip links, buttons, cookie and browser notices, the open-data line, the footer). None of it
/// is advice, so none of it may reach a section.
enum WebChrome {
    /// Skip links at the top of the page.
    static let skipLinks: Set<String> = [
        "gå til hovedinnhold", "hopp til hovedinnhold", "gå til innhold", "hopp til innhold", "til hovedinnhold",
        "hopp over navigasjon",
    ]

    /// Buttons and labels a saved page keeps as lines of their own.
    static let interfaceLabels: Set<String> = [
        "skriv ut", "del", "del siden", "kopier lenke", "last ned pdf", "last ned som pdf", "lag pdf", "vis mer", "vis mindre",
        "til toppen", "tilbake til toppen", "lukk", "meny", "søk", "innhold på siden", "innhold på denne siden",
        "innholdsfortegnelse", "åpne alle", "lukk alle", "vis alle", "skjul alle", "vis alt", "skjul alt",
        "versjoner", "endringslogg", "tilbakemelding", "gi tilbakemelding", "skjul", "se tidligere versjoner",
        "tidligere versjoner", "se informasjon om nettlesere", "lenke kopiert", "del på e-post", "del på facebook",
        "del på linkedin", "del på x", "send på e-post", "last ned", "last ned word", "last ned som word", "abonner",
        "abonner på endringer", "lytt", "lytt til teksten", "les opp", "forrige", "neste", "forrige side", "neste side",
        "tilbake", "print", "utskriftsvennlig versjon",
    ]

    /// The product type the site shows as a label near the title ("Nasjonal faglig retningslinje").
    /// Chrome in the header; it tells the guideline's kind.
    static let productTypes: Set<String> = [
        "nasjonal faglig retningslinje", "nasjonale faglige retningslinjer", "nasjonale faglige råd", "nasjonalt faglig råd",
        "faglige råd", "nasjonal veileder", "veileder", "pakkeforløp", "pakkeforløp hjem", "rundskriv",
        "nasjonalt handlingsprogram", "nasjonalt handlingsprogram med retningslinjer", "handlingsprogram",
        "prioriteringsveileder", "retningslinje", "faglig retningslinje", "kvalitetsindikator", "nasjonal faglig retningslinje (høringsutkast)",
    ]

    /// Buttons of cookie and browser notices; chrome only right after such a notice.
    static let noticeButtons: Set<String> = [
        "godta", "godta alle", "aksepter", "aksepter alle", "avvis", "avvis alle", "avslå", "kun nødvendige",
        "bare nødvendige", "tillat alle", "tilpass", "innstillinger", "lagre innstillinger", "ok", "jeg forstår",
        "oppdater nettleseren", "last ned ny nettleser", "lukk",
    ]

    /// Headings of the site footer.
    static let footerHeadings: Set<String> = [
        "om helsedirektoratet", "om nettstedet", "følg oss", "aktuelt", "postadresse", "besøksadresse",
        "kontakt oss", "snarveier",
    ]

    /// Words that only the footer uses; two of them after a footer heading make it the footer.
    static let footerWords = [
        "postadresse", "personvernerklæring", "tilgjengelighetserklæring", "informasjonskapsler", "følg oss",
        "om nettstedet", "jobbe hos oss", "nyhetsvarsel", "presse", "postboks",
    ]

    static func key(_ text: String) -> String {
        var t = text.lowercasedFast
        while let last = t.last, last == ":" || last == " " { t.removeLast() }
        return t
    }

    static func isSkipLink(_ text: String) -> Bool { skipLinks.contains(key(text)) }

    static func isInterfaceLabel(_ text: String) -> Bool {
        let k = key(text)
        return interfaceLabels.contains(k) || k.hasPrefix("sist faglig oppdatert") || k.hasPrefix("sist oppdatert")
            || k.hasPrefix("publisert ") || k.hasPrefix("les mer om informasjonskapsler")
            || (k.hasPrefix("last ned ") && k.count <= 40)
    }

    /// A cookie consent or outdated-browser notice ("Vi bruker informasjonskapsler …", "Din nettleser er utdatert …").
    static func isNotice(_ text: String) -> Bool {
        let t = text.lowercasedFast
        let has = { WebText.holds(t, $0) }
        let cookies = (has("informasjonskapsler") || has("cookies"))
            && (has("bruker") || has("godta") || has("samtykke") || has("lagrer"))
        let browser = has("nettleser") && (has("utdatert") || has("støttes ikke")
            || has("ikke støttet") || has("ikke støtter") || has("oppdater") || has("gammel")
            || has("informasjon om nettlesere"))
        return cookies || browser
    }

    static func isNoticeButton(_ text: String) -> Bool { noticeButtons.contains(key(text)) }

    /// The product type written as written on the page ("Nasjonal faglig retningslinje"), when the line is only that.
    static func productType(_ text: String) -> String? {
        productTypes.contains(key(text)) ? text.trimmingCharacters(in: CharacterSet(charactersIn: ": ")) : nil
    }

    /// "Få tilgang til innhold fra Helsedirektoratet som åpne data: https://…".
    static func isOpenDataLine(_ text: String) -> Bool {
        let t = text.lowercasedFast
        return t.hasPrefix("få tilgang til innhold") || (ByteSearch.holds(t, "pne data") && t.contains("åpne data") && WebText.holds(t, "http"))
    }

    /// Where the site footer begins: the first footer heading at or after `start` with at least two
    /// footer words from there on. Nil for a page cut off before its footer.
    static func footerStart(in lines: [WebPageLine], from start: Int) -> Int? {
        guard start < lines.count else { return nil }
        for i in start..<lines.count where footerHeadings.contains(key(lines[i].text)) {
            let below = lines[i...].map { $0.text.lowercasedFast }.joined(separator: "\n")
            let evidence = footerWords.filter { below.contains($0) }.count
            if evidence >= 2 { return i }
        }
        return nil
    }
}
