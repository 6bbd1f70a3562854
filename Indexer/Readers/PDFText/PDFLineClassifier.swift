import Foundation
import GuideKit

/// Decides what one raw line of a PDF text is: furniture (banner, page number, URL), a structural
/// label or heading, or running text.
enum PDFLineClassifier {
    static func kind(of raw: String) -> PDFLine.Kind {
        let t = TextCleanup.normalizeSpaces(raw)
        if t.isEmpty { return .blank }
        if TextCleanup.isURLLine(t) { return .url }
        if HearingBanner.matches(t) { return .banner }
        if PDFPrintFurniture.matches(t) { return .furniture }
        if isPageNumber(t) { return .pageNumber }
        if isLabel(t) { return .label }
        if let kind = headingKind(t) { return .heading(kind) }
        return .text
    }

    static func isPageNumber(_ t: String) -> Bool {
        (1...3).contains(t.count) && t.allSatisfy(\.isPDFASCIIDigit)
    }

    /// "Råd", "Anbefaling", "Sterk anbefaling", "Svak anbefaling", optionally numbered ("Råd 3").
    static func isLabel(_ t: String) -> Bool {
        // The longest label is "sterke anbefaling 999" (21 scalars; lower-casing never shortens a text).
        guard t.unicodeScalars.count <= 21, ByteSearch.mayStart(t, withOneOf: "sSrRaA") else { return false }
        return t.lowercased().firstRange(ofPattern: #"^((sterk|svak)e? )?(råd|anbefaling)( \d{1,3})?$"#) != nil
    }

    /// The fixed section headings of a recommendation page.
    static func headingKind(_ t: String) -> SectionKind? {
        guard ByteSearch.mayStart(t, withOneOf: "pPbBrRlLkK"), t.count <= 70 else { return nil }
        let lower = t.lowercased()
        if lower.utf8.starts(with: "praktisk".utf8), lower.firstRange(ofPattern: #"^praktisk(\s*[–—-]\s*slik kan .*(følges|brukes))?$"#) != nil {
            return .practical
        }
        if lower.utf8.starts(with: "begrunnelse".utf8), lower.firstRange(ofPattern: #"^begrunnelse(\s*[–—-]\s*(dette er|slik) .*)?$"#) != nil {
            return .rationale
        }
        if ["referanser", "litteratur", "litteraturliste", "kilder"].contains(lower) { return .references }
        return nil
    }
}

extension Character {
    var isPDFASCIIDigit: Bool { isASCII && isNumber }
}
