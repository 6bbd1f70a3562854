import Foundation

/// The date line Helsedirektoratet pages carry under the title or at the end, and that a PDF
/// printed from them keeps: "Først publisert: 23. juni 2023 Siste faglige endring: 23. juni 2023
/// Se tidligere versjoner", "Sist faglig oppdatert: 22. november 2018", "Publisert 12.2.2015 Sist
/// endret 14.9.2016". Page metadata, never content.
struct PublicationDates: Sendable, Equatable {
    var firstPublished: String?
    var lastChanged: String?

    /// Labels before a date, lower case, and which date they give. Longer labels first, so
    /// "først publisert" is not read as "publisert".
    private static let labels: [(label: String, isFirst: Bool)] = [
        ("først publisert", true), ("siste faglige endring", false), ("sist faglig oppdatert", false),
        ("sist faglig endret", false), ("sist oppdatert", false), ("sist endret", false), ("publisert", true),
    ]

    /// What a date is written as: "23. juni 2023", "2. februar 2024", "12.2.2015", "2015-02-12".
    private static let date = #"(\d{1,2}\.\s*\p{L}+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d{2}-\d{2})"#

    /// Link texts that may follow the dates on the same line.
    private static let trailers = ["se tidligere versjoner", "tidligere versjoner", "vis endringer", "endringslogg"]

    /// The dates of a line made only of date labels, dates and trailing link texts; nil for any
    /// other line (running text that mentions a publication stays text).
    static func parse(_ line: String) -> PublicationDates? {
        var rest = TextCleanup.normalizeSpaces(line)
        // Every label and trailer starts with one of these letters; nothing else starts a date line.
        guard ByteSearch.mayStart(rest, withOneOf: "fFsSpPtTvVeE") else { return nil }
        var found = PublicationDates()
        var matchedAny = false
        while !rest.isEmpty {
            let lower = rest.lowercased()
            if let trailer = trailers.first(where: { lower.hasPrefix($0) }) {
                rest = String(rest.dropFirst(trailer.count)).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let entry = labels.first(where: { lower.hasPrefix($0.label) }) else { return nil }
            var after = rest.dropFirst(entry.label.count)
            after = after.drop { $0 == ":" || $0 == " " }
            guard let range = String(after).firstRange(ofPattern: "^" + date) else { return nil }
            let afterString = String(after)
            let value = String(afterString[range])
            if entry.isFirst { found.firstPublished = found.firstPublished ?? value } else { found.lastChanged = found.lastChanged ?? value }
            matchedAny = true
            rest = String(afterString[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: " .,;|"))
        }
        return matchedAny ? found : nil
    }

    /// Keeps the dates already known and adds those `other` gives.
    mutating func merge(_ other: PublicationDates) {
        firstPublished = firstPublished ?? other.firstPublished
        lastChanged = lastChanged ?? other.lastChanged
    }
}
