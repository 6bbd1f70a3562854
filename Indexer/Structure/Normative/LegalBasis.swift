import GuideKit

/// Whether a duty's legal basis is given: a reference to a provision of an act or regulation
/// (a section or a chapter, "jf. helsepersonelloven § 10a", "pasientrettighetsloven kapittel 3")
/// as `LegalReferenceExtractor` reads one. An act named without a provision ("utdypes i forskrift
/// om habilitering …") points to where to read, not to what requires the act.
enum LegalBasis {
    static func cited(in text: String) -> Bool {
        // Cheap guard: every provision is written with "§" or "kapittel"/"kap." (Nynorsk "kapittel" too).
        let lower = text.lowercased()
        guard lower.contains("§") || lower.contains("kap") else { return false }
        return cited(in: LegalReferenceExtractor.references(inText: text, source: SourceSpan(path: "", line: 0)))
    }

    static func cited(in references: [LegalReference]) -> Bool {
        references.contains { $0.section != nil || $0.part != nil }
    }
}
