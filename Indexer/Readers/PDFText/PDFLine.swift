import GuideKit

/// One line of a PDF saved as text, classified, with its repaired text.
struct PDFLine: Sendable {
    enum Kind: Sendable, Equatable {
        case blank
        /// "Ekstern høring: Høringsfrist …" — repeated page furniture.
        case banner
        /// A web address from the list that ends each page.
        case url
        /// What printing added to each page (header with date and title, footer with address and
        /// page count) and the page's date line.
        case furniture
        /// "1", " 2": a page number standing alone.
        case pageNumber
        /// "Råd", "Anbefaling", "Sterk anbefaling": the label above a recommendation's title.
        case label
        /// "Praktisk – slik kan rådet følges", "Begrunnelse – …", "Referanser".
        case heading(SectionKind)
        case text
    }

    /// 1-based line number in the file.
    var number: Int
    /// The line as written.
    var raw: String
    var kind: Kind
    /// Cleaned text: glued link texts put back, spaces normalized, "%C2%A7" decoded.
    var text: String
    /// True for the first content line after a page's URL list (its leading space is page furniture).
    var startsPage = false
    /// True when the line directly follows another content line, with no blank line between.
    var tight = false
    /// Signs that link texts were on this line: "(lovdata.no)", "(pdf)", gaps, glue.
    var linkCues = 0

    init(number: Int, raw: String, kind: Kind, text: String) {
        self.number = number
        self.raw = raw
        self.kind = kind
        self.text = text
    }

    var isText: Bool { kind == .text }

    /// Width of the line as the PDF laid it out (the raw text, trimmed).
    var layoutLength: Int { TextCleanup.normalizeSpaces(raw).count }
}
