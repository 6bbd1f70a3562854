/// How a provision is cited, everywhere it is written out (a reference's citation, the provisions
/// `guide law` lists, what a law query asked for): the act's name, then the section, then the part,
/// each when given — "helsepersonelloven § 10a", "journalforskriften § 6 bokstav g",
/// "pasient- og brukerrettighetsloven kapittel 3", or the act's name alone for the whole act.
public enum LegalCitation {
    public static func text(act: String, section: String?, part: String?) -> String {
        [act, provision(section: section, part: part)].compactMap { $0 }.joined(separator: " ")
    }

    /// The provision within its act: "§ 10a", "§ 6 bokstav g", "kapittel 3"; nil for the whole act.
    public static func provision(section: String?, part: String?) -> String? {
        let given = [section, part].compactMap { $0 }
        return given.isEmpty ? nil : given.joined(separator: " ")
    }
}
