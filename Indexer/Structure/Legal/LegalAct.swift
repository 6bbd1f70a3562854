import Foundation

/// One Norwegian act (lov) or regulation (forskrift): its canonical name, the other names texts
/// use for it, and its address on lovdata.no when known.
public struct LegalAct: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A lov; "loven"/"lovens" in a text refers back to the last one named.
        case law
        /// A forskrift; "forskriften"/"forskriftens" refers back to the last one named.
        case regulation
    }

    /// Lower case as Norwegians write it: "helsepersonelloven", "forskrift om habilitering, rehabilitering og koordinator".
    public let name: String
    public let kind: Kind
    /// Other full or short names ("lov om helsepersonell", "pasientrettighetsloven"), lower case.
    /// Names ending in "-loven"/"-forskriften" are also found inflected ("helsepersonellovens").
    public let alternativeNames: [String]
    /// Abbreviations ("hpl", "pbrl"); counted only right before a "§", since short letter groups
    /// are too often something else ("Hol" is also a municipality).
    public let abbreviations: [String]
    /// Distinctive words of the title ("lovbestemt sykepleietjeneste"): enough to tell that a
    /// linked act is the one the text speaks of, never enough to cite it on their own.
    public let titlePhrases: [String]
    /// Lovdata's identifier, "lov/1999-07-02-64" or "forskrift/2011-12-16-1256"; nil when not known for sure.
    public let lovdataID: String?

    public init(_ name: String, kind: Kind, alternativeNames: [String] = [], abbreviations: [String] = [],
                titlePhrases: [String] = [], lovdataID: String? = nil) {
        self.name = name
        self.kind = kind
        self.alternativeNames = alternativeNames
        self.abbreviations = abbreviations
        self.titlePhrases = titlePhrases
        self.lovdataID = lovdataID
    }

    /// The canonical name first, then the alternative names.
    public var names: [String] { [name] + alternativeNames }

    /// The canonical lovdata.no address, percent-decoded for display:
    /// "https://lovdata.no/lov/1999-07-02-64/§10a" for a section, the chapter page for a chapter
    /// ("…/dokument/NL/lov/1999-07-02-63/KAPITTEL_3"), else the act's own short address.
    public func lovdataURL(section: String?, part: String?) -> String? {
        guard let lovdataID else { return nil }
        if let section {
            let number = section.replacingOccurrences(of: "§", with: "").replacingOccurrences(of: " ", with: "")
            return "https://lovdata.no/\(lovdataID)/§\(number)"
        }
        if let part, let chapter = LegalPart.chapterNumber(part) {
            let base = kind == .law ? "NL" : "SF"
            return "https://lovdata.no/dokument/\(base)/\(lovdataID)/KAPITTEL_\(chapter)"
        }
        return "https://lovdata.no/\(lovdataID)"
    }

    /// The name as it stands in Helsedirektoratet's commentary addresses
    /// (".../rundskriv/pasient-og-brukerrettighetsloven-med-kommentarer/...").
    var slugs: [String] { names.map(Self.slug) }

    static func slug(_ text: String) -> String {
        var out = ""
        for c in text.lowercasedFast {
            switch c {
            case "æ": out += "ae"
            case "ø": out += "o"
            case "å": out += "a"
            case _ where c.isASCII && (c.isLetterFast || c.isNumberFast): out.append(c)
            default: if !out.hasSuffix("-") { out.append("-") }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}

/// The finer or coarser part of a reference: "kapittel 3", "bokstav g", "første ledd".
enum LegalPart {
    /// "3" from "kapittel 3".
    static func chapterNumber(_ part: String) -> String? {
        guard part.hasPrefix("kapittel ") else { return nil }
        let number = part.dropFirst("kapittel ".count)
        return number.isEmpty ? nil : String(number)
    }
}
