import GuideKit

/// One written form under which an act can appear in a text.
struct ActNameForm: Sendable {
    enum Kind: Sendable {
        /// A name or inflected name: "helsepersonelloven", "helsepersonellovens", "lov om helsepersonell".
        case name
        /// "hpl": counted only right before "§".
        case abbreviation
        /// The start of a long name, cut off ("lov om pasient- og"), as PDF text often leaves it
        /// when a link text was moved away. Tells which act is meant, but carries no section.
        case partialName
        /// Distinctive title words ("lovbestemt sykepleietjeneste"); carries no section.
        case titlePhrase
    }

    let text: String
    let characters: [Character]
    /// Index of the act in `ActRegistry.table`.
    let act: Int
    let kind: Kind

    init(_ text: String, act: Int, kind: Kind) {
        self.text = text
        self.characters = Array(text)
        self.act = act
        self.kind = kind
    }

    /// Whether finding this form is enough to cite the act (with or without a section).
    var names: Bool { kind == .name || kind == .abbreviation }
}

/// Builds every written form of every known act.
enum ActNameForms {
    /// Lower case, whitespace runs as one space, trimmed: how names and texts are compared.
    static func key(_ text: String) -> String {
        ActName.key(text)
    }

    static let all: [ActNameForm] = {
        var forms: [ActNameForm] = []
        let table = ActRegistry.table
        for (index, act) in table.enumerated() {
            for name in act.names {
                forms += inflections(of: key(name)).map { ActNameForm($0, act: index, kind: .name) }
            }
            forms += act.abbreviations.map { ActNameForm(key($0), act: index, kind: .abbreviation) }
            forms += act.titlePhrases.map { ActNameForm(key($0), act: index, kind: .titlePhrase) }
        }
        let fullNames = Set(forms.map(\.text))
        forms += partialNames(of: table).filter { !fullNames.contains($0.text) }
        return forms
    }()

    /// "helsepersonelloven" → also "helsepersonellovens" (genitive) and "helsepersonellova" (nynorsk);
    /// "journalforskriften" → also "journalforskriftens".
    static func inflections(of name: String) -> [String] {
        if name.hasSuffix("loven") {
            let stem = name.dropLast("en".count)
            return [name, name + "s", stem + "a", stem + "as"]
        }
        if name.hasSuffix("forskriften") { return [name, name + "s"] }
        return [name]
    }

    /// Starts of the long names "lov om …" / "forskrift om …" with at least two words after "om",
    /// kept only when one act alone has a name starting so.
    static func partialNames(of table: [LegalAct]) -> [ActNameForm] {
        var owners: [String: Set<Int>] = [:]
        for (index, act) in table.enumerated() {
            for name in act.names {
                let words = key(name).split(separator: " ").map(String.init)
                guard words.count > 4, words[0] == "lov" || words[0] == "forskrift", words[1] == "om" else { continue }
                for length in 4..<words.count {
                    var prefix = words[0..<length].joined(separator: " ")
                    while prefix.hasSuffix(",") { prefix.removeLast() }
                    owners[prefix, default: []].insert(index)
                }
            }
        }
        return owners.compactMap { prefix, acts in
            acts.count == 1 ? acts.first.map { ActNameForm(prefix, act: $0, kind: .partialName) } : nil
        }
        .sorted { $0.text < $1.text }
    }
}
