import GuideKit

/// Whether a duty's legal basis is given: a provision of an act or regulation ("§ 10a", or a chapter
/// as `LegalReferenceExtractor` reads one: "pasientrettighetsloven kapittel 3"), or a whole act
/// given as the basis ("jf. helsepersonelloven", "i tråd med pasient- og brukerrettighetsloven").
/// An act only pointed to ("utdypes i forskrift om habilitering …") is not what requires the act.
enum LegalBasis {
    static func cited(in text: String) -> Bool {
        let lower = text.lowercasedFast
        // A "§" before a number is a provision whether or not the registry knows its act
        // ("se kommuneloven § 2-1").
        if lower.firstRange(ofPattern: #"§+\s*\d"#) != nil { return true }
        guard lower.contains("kap") || lower.contains("lov") || lower.contains("forskrift") else { return false }
        let references = LegalReferenceExtractor.references(inText: text, source: SourceSpan(path: "", line: 0))
        if cited(in: references) { return true }
        // A whole act given as the basis: "i tråd med pasient- og brukerrettighetsloven skal …",
        // "jf. helsepersonelloven"; not one only pointed to ("utdypes i forskrift om …").
        let words = lower.split { !$0.isLetterFast }.map(String.init)
        return !references.isEmpty && (words.contains { basisWords.contains($0) } || lower.contains("i henhold til")
            || lower.contains("i tråd med") || lower.contains("følger av") || lower.contains("hjemmel i"))
    }

    static func cited(in references: [LegalReference]) -> Bool {
        references.contains { $0.section != nil || $0.part != nil }
    }

    /// "jf.", "jfr.", "jmf.", "jamfør": the act named is the basis.
    static let basisWords: Set<String> = ["jf", "jfr", "jmf", "jamfør"]
}
