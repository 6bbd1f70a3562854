/// How a provision is cited, everywhere it is written out (a reference's citation, the provisions
/// `guide law` lists, what a law query asked for): the act's name, then the section, then the part,
/// each when given — "helsepersonelloven § 10a", "journalforskriften § 6 bokstav g",
/// "pasient- og brukerrettighetsloven kapittel 3", or the act's name alone for the whole act.
public enum LegalCitation {
    // Spelled out, not as arrays joined: a search writes one for every reference of every hit.
    public static func text(act: String, section: String?, part: String?) -> String {
        guard let provision = provision(section: section, part: part) else { return act }
        return "\(act) \(provision)"
    }

    /// The provision within its act: "§ 10a", "§ 6 bokstav g", "kapittel 3"; nil for the whole act.
    public static func provision(section: String?, part: String?) -> String? {
        switch (section, part) {
        case (let section?, let part?): "\(section) \(part)"
        case (let section?, nil): section
        case (nil, let part?): part
        case (nil, nil): nil
        }
    }
}
