import Foundation

/// One line of a web page saved as text ("save as text" in a browser), with what the reader asks of it.
struct WebPageLine: Sendable {
    /// 1-based line number in the file.
    let number: Int
    /// Spaces normalized (no-break spaces too) and trimmed.
    let text: String
    /// Leading indentation width (nesting of bullets).
    let indent: Int
    /// The item text when the line is a bullet ("  • Boforhold" → "Boforhold").
    let bulletText: String?
    /// True for a row of a table saved as text: cells separated by tabs. Its text joins the cells with " | ".
    let isTableRow: Bool
    /// Editing placeholders dropped from the text ("[LENKE]"), for the reader's warning.
    let placeholders: [String]

    var isBlank: Bool { text.isEmpty }
    var isBullet: Bool { bulletText != nil }

    /// Marks browsers write for list items when saving a page as text.
    static let bulletMarks: Set<Character> = ["•", "◦", "▪", "‣", "○", "■", "□"]

    init(number: Int, raw: String) {
        self.number = number
        self.indent = TextCleanup.indentation(raw)
        var cells = raw.split(separator: "\t").map { TextCleanup.normalizeSpaces(String($0)) }.filter { !$0.isEmpty }
        // "|" has no other form: its byte tells, without Foundation's search.
        let hasPipe = raw.utf8.contains(UInt8(ascii: "|"))
        if cells.count < 2, hasPipe { cells = Self.pipeCells(raw) }
        self.isTableRow = cells.count >= 2
        let text = isTableRow || cells.count == 1 && hasPipe ? cells.joined(separator: " | ") : TextCleanup.normalizeSpaces(raw)
        self.placeholders = TextCleanup.placeholders(in: text)
        self.text = TextCleanup.withoutMarkers(text, placeholders: true)
        self.bulletText = isTableRow ? nil : Self.bulletText(of: text)
    }

    /// Cells of a row saved with pipes ("Ved fødsel | X | X | X |", "X | ||"): empty cells and the
    /// row's closing pipe dropped. A line with a single pipe in running text is not a row.
    private static func pipeCells(_ raw: String) -> [String] {
        let cells = raw.split(separator: "|", omittingEmptySubsequences: false).map { TextCleanup.normalizeSpaces(String($0)) }
        let filled = cells.filter { !$0.isEmpty }
        let trailing = raw.trimmingCharacters(in: .whitespaces).hasSuffix("|")
        guard cells.count >= 3 || trailing else { return [] }
        return filled
    }

    static func lines(of document: SourceDocument) -> [WebPageLine] {
        document.lines.enumerated().map { WebPageLine(number: $0.offset + 1, raw: $0.element) }
    }

    /// "• Boforhold" → "Boforhold"; nil when the line is not a list item. Dashes are not bullet marks:
    /// saved pages use them in running text ("Praktisk – slik kan …").
    private static func bulletText(of text: String) -> String? {
        guard let first = text.first, bulletMarks.contains(first) else { return nil }
        let rest = text.dropFirst()
        guard let next = rest.first, next == " " else { return nil }
        let item = rest.trimmingCharacters(in: .whitespaces)
        return item.isEmpty ? nil : item
    }
}
