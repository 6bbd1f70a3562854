import Foundation

/// The "how to cite this page" block at the end of a Helsedirektoratet page:
/// "Helsedirektoratet (2026). <page title> [nettdokument]. Oslo: Helsedirektoratet (lest 04. februar 2026).
/// Tilgjengelig fra https://…". Not content; it gives the page address, year, publisher and access date.
struct WebCitationBlock: Sendable {
    var author: String?
    var year: String?
    var title: String?
    var publisher: String?
    var place: String?
    var accessed: String?
    var url: String?
    let line: Int

    /// True for a line that is (the start of) a citation block.
    static func matches(_ text: String) -> Bool {
        if ByteSearch.holds(text, "[nettdokument]"), text.contains("[nettdokument]") { return true }
        // The pattern needs one of its closing words: most lines have neither.
        guard ByteSearch.holds(text, "Tilgjengelig fra") || ByteSearch.holds(text, "lest ") else { return false }
        return text.firstRange(ofPattern: #"^\S.{0,200}\((19|20)\d{2}\)\..*(Tilgjengelig fra|lest \d)"#) != nil
    }

    static func parse(_ text: String, line: Int) -> WebCitationBlock {
        var block = WebCitationBlock(line: line)
        if let open = text.firstRange(ofPattern: #" \((19|20)\d{2}\)\. "#) {
            block.author = String(text[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
            block.year = String(text[open]).filter(\.isNumber)
            let afterYear = text[open.upperBound...]
            if let marker = afterYear.range(of: "[nettdokument]") {
                block.title = afterYear[..<marker.lowerBound].trimmingCharacters(in: .whitespaces)
            }
        }
        // "(lest 04. februar 2026)" or "(sist faglig oppdatert …, lest …)".
        if let accessed = firstMatch(#"[(,;]\s*lest [^)]+\)"#, in: text), let lest = accessed.range(of: "lest ") {
            block.accessed = String(accessed[lest.upperBound...].dropLast()).trimmingCharacters(in: .whitespaces)
        }
        // "… [nettdokument]. Oslo: Helsedirektoratet (lest …)": place, then publisher, then the dates.
        // Only before the address: "Tilgjengelig fra https://…" has a colon too.
        let beforeAddress = text.components(separatedBy: "Tilgjengelig fra").first ?? text
        if let imprint = firstMatch(#"\]\.\s*[^:()\[\]]+:\s*[^()]+?(?=\s*\(|\.\s|\.?$)"#, in: beforeAddress),
           let colon = imprint.firstIndex(of: ":") {
            let city = imprint.dropFirst()[..<colon].drop { $0 == "." || $0.isWhitespace }
            let name = imprint[imprint.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !city.isEmpty { block.place = city.trimmingCharacters(in: .whitespaces) }
            if !name.isEmpty { block.publisher = name }
        }
        if block.publisher == nil { block.publisher = block.author }
        if let url = firstMatch(#"https?://\S+"#, in: text) {
            block.url = WebText.trimURL(url)
        }
        return block
    }

    private static func firstMatch(_ pattern: String, in text: String) -> String? {
        text.firstRange(ofPattern: pattern).map { String(text[$0]) }
    }
}
