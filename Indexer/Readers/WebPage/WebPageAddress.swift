import Foundation

/// The page address a stored copy names in its first line ("SOURCE-URL: https://…", or the address
/// alone). Its path tells what the page is: a hearing (`/horinger/`, a `…-horingsutkast` product),
/// the product kind (`/retningslinjer/`, `/faglige-rad/`, `/nasjonale-forlop/`, `/rundskriv/`), and
/// the slugs of guideline, chapter and page, which confirm a title candidate but are never shown.
struct WebPageAddress: Sendable, Equatable {
    let url: String
    /// The line that gave it: chrome, never content.
    let line: Int

    /// Labels a stored copy puts before its address in its first line.
    private static let headerLabels = ["source-url:", "url:", "kilde:", "adresse:"]

    /// The address when the first non-blank line is an address header; nil otherwise.
    static func header(_ lines: [WebPageLine]) -> WebPageAddress? {
        guard let first = lines.first(where: { !$0.isBlank }) else { return nil }
        var text = first.text
        let lower = text.lowercasedFast
        if let label = headerLabels.first(where: { lower.hasPrefix($0) }) {
            text = String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        }
        guard TextCleanup.isURLLine(text) else { return nil }
        return WebPageAddress(url: WebText.trimURL(text), line: first.number)
    }

    /// The path's segments, percent-decoded and lower case, without query and fragment.
    var segments: [String] {
        var rest = Substring(url)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        return rest.split(separator: "/").dropFirst().map { TextCleanup.decodeURL(String($0)).lowercasedFast }
    }

    /// Path segments that name what kind of page follows, and the kind as the site labels it.
    private static let kinds: [String: String] = [
        "retningslinjer": "Nasjonal faglig retningslinje", "nasjonal-faglig-retningslinje": "Nasjonal faglig retningslinje",
        "faglige-rad": "Nasjonale faglige råd", "nasjonale-faglige-rad": "Nasjonale faglige råd",
        "nasjonale-forlop": "Pakkeforløp", "pakkeforlop": "Pakkeforløp", "rundskriv": "Rundskriv",
        "veiledere": "Nasjonal veileder", "horinger": "Høring", "nyheter": "Nyhet", "tema": "Temaside",
    ]

    /// The product kind the path names, e.g. "Rundskriv" for `/rundskriv/…`.
    var productKind: String? {
        segments.lazy.compactMap { Self.kinds[$0] }.first
    }

    /// `/horinger/…`, or a product whose slug says it is a hearing draft.
    var isHearing: Bool {
        let path = segments
        return path.contains("horinger") || path.contains { $0.contains("horingsutkast") }
    }

    /// The slugs after the kind segment: guideline, then chapter and page, as words.
    var slugWords: [[String]] {
        let path = segments
        guard let kind = path.firstIndex(where: { Self.kinds[$0] != nil }) else { return [] }
        return path[(kind + 1)...].map { $0.split { !$0.isLetter && !$0.isNumber }.map(String.init) }
    }

    /// True when `title` names what one of the slugs names: most of the slug's words begin a word of
    /// the title folded to ASCII, and the other way round.
    func confirms(_ title: String) -> Bool {
        slugWords.contains { confirms(title, slug: $0) }
    }

    /// True when the slug's words (at least two, or the title's only words) begin words of the title.
    func confirms(_ title: String, slug: [String]) -> Bool {
        let words = Self.folded(title).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard !words.isEmpty, slug.count >= 2 || words.count <= 2, !slug.isEmpty else { return false }
        let found = slug.filter { s in words.contains { $0 == s || ($0.hasPrefix(s) && s.count >= 4) } }.count
        return Double(found) >= 0.75 * Double(slug.count)
    }

    /// Splits a breadcrumb item that holds the guideline's and the chapter's names parted by a space
    /// ("Forebygging og behandling av underernæring Individuell kartlegging") where the words before
    /// the split are exactly the guideline slug's; nil when the slug names no such prefix.
    func splitAtGuidelineSlug(_ text: String) -> (guideline: String, rest: String)? {
        guard let slug = slugWords.first, !slug.isEmpty else { return nil }
        var end = text.startIndex
        while let space = text[end...].firstIndex(of: " ") {
            let prefix = String(text[..<space])
            let words = Self.folded(prefix).split { !$0.isLetter && !$0.isNumber }.map(String.init)
            if words == slug {
                let rest = text[space...].trimmingCharacters(in: .whitespaces)
                return rest.first?.isUppercase == true ? (prefix, rest) : nil
            }
            if words.count >= slug.count { return nil }
            end = text.index(after: space)
        }
        return nil
    }

    /// Words of a product's name that the slug writes without æ ø å, as the site spells them; every
    /// other word of a name taken from the slug must be spelled so in the text.
    private static let nameWords: [String: String] = [
        "nasjonal": "nasjonal", "nasjonale": "nasjonale", "faglig": "faglig", "faglige": "faglige",
        "retningslinje": "retningslinje", "rad": "råd", "veileder": "veileder", "handlingsprogram": "handlingsprogram",
        "for": "for", "og": "og", "i": "i", "ved": "ved", "av": "av", "med": "med", "til": "til", "om": "om",
    ]

    /// Definite forms by which a product's own text speaks of itself ("Denne retningslinjen …").
    private static let selfReferences: [String: [String]] = [
        "retningslinje": ["retningslinjen"], "rad": ["rådene", "rådet"], "veileder": ["veilederen"],
        "handlingsprogram": ["handlingsprogrammet"],
    ]

    /// The guideline's name from the slug of a landing page (the address names the guideline and
    /// nothing below it), when the text confirms it: a line speaks of the product as itself
    /// ("Denne retningslinjen skal gi råd …"), another word of the slug than the product's stands in
    /// the text, and every word is spelled as the text (or the site's product names) spell it, so æ ø å
    /// are never guessed. Nil otherwise.
    func guidelineName(confirmedBy lines: [WebPageLine]) -> String? {
        guard slugWords.count == 1, let slug = slugWords.first, slug.count >= 2 else { return nil }
        let references = slug.flatMap { Self.selfReferences[$0] ?? [] }
        guard lines.contains(where: { WebText.words($0.text).contains { references.contains($0.lowercasedFast) } }) else { return nil }
        return Self.name(slug, spelledBy: lines)
    }

    /// The guideline's name from the guideline slug (the first after the kind) on a page below it, when
    /// the text spells every word of it.
    func guidelineSlugName(spelledBy lines: [WebPageLine]) -> String? {
        guard slugWords.count >= 2, let slug = slugWords.first, !slug.isEmpty else { return nil }
        return Self.name(slug, spelledBy: lines)
    }

    /// A slug's words as the text (or the site's product names) spell them, so æ ø å and capitals are
    /// never guessed ("adhd" → "ADHD" where the text writes it so; "helsestasjons-og-…" → "Helsestasjons- og
    /// …" where the text writes the hyphen). Nil when a word is not in the text, or only product words are.
    private static func name(_ slug: [String], spelledBy lines: [WebPageLine]) -> String? {
        var spelled: [String: String] = [:]
        var hyphenated: Set<String> = []
        for line in lines {
            let tokens = line.text.split { !$0.isLetter && !$0.isNumber && $0 != "-" }
            for (i, token) in tokens.enumerated() {
                for part in token.split(separator: "-", omittingEmptySubsequences: true) {
                    let key = folded(String(part)), word = String(part)
                    // An acronym keeps its capitals; any other word is written in lower case.
                    if word.count >= 2, word == word.uppercased(), word != word.lowercasedFast {
                        spelled[key] = word
                    } else if spelled[key] == nil {
                        spelled[key] = word.lowercasedFast
                    }
                }
                if token.hasSuffix("-"), i + 1 < tokens.count, ["og", "eller"].contains(tokens[i + 1].lowercasedFast) {
                    hyphenated.insert(folded(String(token.dropLast())))
                }
            }
        }
        guard slug.contains(where: { nameWords[$0] == nil && spelled[$0] != nil }) else { return nil }
        var name: [String] = []
        for (i, word) in slug.enumerated() {
            guard let written = nameWords[word] ?? spelled[word] else { return nil }
            let joins = i + 1 < slug.count && ["og", "eller"].contains(slug[i + 1]) && hyphenated.contains(word)
            name.append(joins ? written + "-" : written)
        }
        let joined = name.joined(separator: " ")
        return joined.prefix(1).uppercased() + joined.dropFirst()
    }

    /// Lower case with æ ø å and accents as the site's slugs write them.
    static func folded(_ text: String) -> String {
        text.lowercasedFast.replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "å", with: "a")
            .folding(options: .diacriticInsensitive, locale: nil)
    }
}
