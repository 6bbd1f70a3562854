import Foundation

/// What a browser adds to every page when a web page is printed to PDF, and what the page's own
/// date line becomes: "12.03.2026, 10:14 <page title> - Helsedirektoratet" at the top,
/// "https://www.helsedirektoratet.no/… 1/3" at the bottom, "Side 2 av 5", "Først publisert: …".
/// Page furniture, never content; the header names the page and the footer gives its address.
enum PDFPrintFurniture {
    private static let header = #"^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}[:.]\d{2}(\s|$)"#
    private static let footer = #"^https?://\S+\s+\d{1,3}\s*/\s*\d{1,3}$"#
    private static let pageCounter = #"^(side|page)\s+\d{1,3}\s+(av|of)\s+\d{1,3}$"#

    static func matches(_ line: String) -> Bool {
        let t = TextCleanup.normalizeSpaces(line)
        guard let first = t.unicodeScalars.first else { return false }
        // Each pattern is anchored at the start: its first character rules most lines out cheaply
        // ("\d" is any decimal digit; "ſ" folds to "s" when case is ignored).
        return (first.properties.generalCategory == .decimalNumber && t.firstRange(ofPattern: header) != nil)
            || (first == "h" && t.firstRange(ofPattern: footer) != nil)
            || ("sSſpP".unicodeScalars.contains(first) && t.firstRange(ofPattern: pageCounter, caseInsensitive: true) != nil)
            || PublicationDates.parse(t) != nil
    }

    /// The page title a print header names, without the site name after it.
    static func title(inHeader line: String) -> String? {
        let t = TextCleanup.normalizeSpaces(line)
        guard let range = t.firstRange(ofPattern: header) else { return nil }
        var title = String(t[range.upperBound...]).trimmingCharacters(in: .whitespaces)
        if let site = title.firstRange(ofPattern: #"\s+[-–|]\s+[\p{L}.]+$"#) {
            title = String(title[..<site.lowerBound])
        }
        return title.isEmpty ? nil : title
    }

    /// The page address a print footer gives.
    static func address(inFooter line: String) -> String? {
        let t = TextCleanup.normalizeSpaces(line)
        guard t.firstRange(ofPattern: footer) != nil else { return nil }
        return t.split(separator: " ").first.map(String.init)
    }
}
