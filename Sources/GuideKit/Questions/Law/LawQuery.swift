import Foundation

/// What `guide law ACT [§ N]` asks for: an act as typed, and maybe one section or chapter of it.
///
/// The act is everything before the first "§", or before the first word that starts with a digit
/// or is "kapittel": "helsepersonelloven § 10a", "hpl §10a", "helsepersonelloven 10 a",
/// "lov om pasient- og brukerrettigheter § 3.3", "pbrl kapittel 3". Act names hold no digits.
public struct LawQuery: Sendable, Hashable {
    /// The act as typed ("hpl.", "Lov om helsepersonell").
    public var act: String
    /// Normalized section ("§ 10a", "§ 3-3"), when one was given.
    public var section: String?
    /// "kapittel 3", when a chapter was given instead of a section.
    public var chapter: String?

    public init(act: String, section: String? = nil, chapter: String? = nil) {
        self.act = act
        self.section = section
        self.chapter = chapter
    }

    /// Reads "ACT [§ N | kapittel N]" as typed; throws when the act is missing or what follows it
    /// is not one section number or chapter.
    public init(parsing text: String) throws(LawQueryError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var actText = trimmed
        var provision = ""
        if let sign = trimmed.firstIndex(of: "§") {
            actText = String(trimmed[..<sign])
            provision = String(trimmed[sign...])
        } else {
            let words = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
            if let first = words.firstIndex(where: Self.startsProvision) {
                actText = words[..<first].joined(separator: " ")
                provision = words[first...].joined(separator: " ")
            }
        }
        act = actText.trimmingCharacters(in: .whitespaces)
        guard !act.isEmpty else { throw .missingAct(trimmed) }
        section = nil
        chapter = nil
        guard !provision.isEmpty else { return }
        if let number = Self.chapterNumber(provision) {
            chapter = "kapittel \(number)"
        } else if let normalized = SectionNumber.normalize(provision) {
            section = normalized
        } else {
            throw .unreadableSection(provision)
        }
    }

    /// "helsepersonelloven § 10a", "pasient- og brukerrettighetsloven kapittel 3".
    public func citation(actName: String) -> String {
        LegalCitation.text(act: actName, section: section, part: chapter)
    }

    private static func startsProvision(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        let lower = word.lowercased()
        return (first.isASCII && first.isNumber) || lower == "kapittel" || lower == "kap." || lower == "kap"
    }

    /// "kapittel 3", "kap. 3" → "3".
    private static func chapterNumber(_ text: String) -> String? {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count == 2, ["kapittel", "kap.", "kap"].contains(words[0]) else { return nil }
        let number = words[1]
        guard let first = number.first, first.isASCII, first.isNumber,
              number.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) else { return nil }
        return number
    }
}

/// Why `guide law` cannot answer, in words that say what to do.
public enum LawQueryError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Not a name, short name or abbreviation of a known act; the closest known form, if near.
    case unknownAct(String, suggestion: String?)
    /// What follows the act is not one section number ("§ 10a") or chapter ("kapittel 3").
    case unreadableSection(String)
    /// A section without an act ("§ 10a").
    case missingAct(String)

    public var description: String {
        switch self {
        case .unknownAct(let act, let suggestion?):
            "ukjent lov: «\(act)»; mente du «\(suggestion)»?"
        case .unknownAct(let act, nil):
            "ukjent lov: «\(act)»; 'guide law' viser lovene og forskriftene rådene viser til"
        case .unreadableSection(let text):
            "kan ikke lese paragrafen «\(text)»; skriv den som «§ 10a», «§ 2-5a» eller «kapittel 3»"
        case .missingAct(let text):
            "oppgi loven paragrafen står i, f.eks. «helsepersonelloven \(text)»"
        }
    }
}
