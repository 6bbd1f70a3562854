/// The product types of the content API, the name a reader knows each by, and the kinds of items
/// inside them: chapters that group, units that carry the advice.
enum ContentProduct {
    /// Product type → the name shown as the guideline's kind.
    static let names: [String: String] = [
        "retningslinje": "Nasjonal faglig retningslinje",
        "faglig-rad": "Nasjonale faglige råd",
        "nasjonal-veileder": "Nasjonal veileder",
        "veileder": "Veileder",
        "veileder-lov-forskrift": "Veileder til lov og forskrift",
        "rundskriv": "Rundskriv",
        "prioriteringsveileder": "Prioriteringsveileder",
        "pakkeforlop": "Pakkeforløp",
        "pakkeforløp": "Pakkeforløp",
        "nasjonalt-forlop": "Nasjonalt forløp",
        "nasjonalt-forløp": "Nasjonalt forløp",
        "nasjonal-faglig-retningslinje": "Nasjonal faglig retningslinje",
        "rapport": "Rapport",
    ]

    static func isProductType(_ type: String) -> Bool { names[type] != nil }

    /// Items that group others; their own text is a text article.
    static func isChapter(_ type: String?) -> Bool { type == "kapittel" || type == "underkapittel" || type == "seksjon" }

    /// Units that give advice: an anbefaling or a råd (the rest — veiledning, regelverk, lov- eller
    /// forskriftstekst med merknad, pakkeforløp parts … — are read as text articles).
    static func isRecommendation(_ type: String?) -> Bool {
        type == "anbefaling" || type == "rad" || type == "råd"
    }
}
