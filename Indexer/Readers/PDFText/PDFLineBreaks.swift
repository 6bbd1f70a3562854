/// Decides where wrapped lines join and where a paragraph or list item ends. Every wrapped line of
/// the PDF text is followed by a blank line, so blank lines say nothing; the words at the line ends do.
struct PDFLineBreaks: Sendable {
    /// The usual width of a full line on these pages, in characters.
    var width: Int

    /// The width most full lines reach: a high percentile of the line lengths.
    static func estimateWidth(_ lines: [PDFLine]) -> Int {
        let lengths = lines.map(\.layoutLength).filter { $0 >= 20 }.sorted()
        guard !lengths.isEmpty else { return 90 }
        return max(40, lengths[min(lengths.count - 1, lengths.count * 9 / 10)])
    }

    /// Whether the next line's first word would have fitted on this line: if not, the line was wrapped.
    /// The font is proportional, so "fitted" allows a small margin below the usual width.
    func isWrapped(_ line: PDFLine, before next: PDFLine) -> Bool {
        line.layoutLength + 1 + PDFLineBreaks.firstWord(next.text).count >= width - 2
    }

    /// True when the text between two lines goes on (same paragraph).
    func continuesParagraph(_ line: PDFLine, _ next: PDFLine) -> Bool {
        if PDFLineBreaks.startsWithContinuation(next.text) || PDFLineBreaks.endsWithContinuation(line.text) { return true }
        if line.text.hasSuffix(":") { return false }
        let nextStartsSentence = PDFLineBreaks.startsCapitalized(next.text)
        if PDFLineBreaks.endsSentence(line.text) && nextStartsSentence { return false }
        if !isWrapped(line, before: next) && nextStartsSentence { return false }
        return true
    }

    // MARK: - Word-level tests

    static func firstWord(_ text: String) -> String {
        String(text.prefix { !$0.isWhitespaceFast })
    }

    static func lastWord(_ text: String) -> String {
        String(text.split(separator: " ").last ?? "")
    }

    /// Ends with ".", "!", "?" or ":" (closing brackets and quotes allowed after).
    static func endsSentence(_ text: String) -> Bool {
        let core = text.pdfTrimmingTrailing { ")»\"'”".contains($0) }
        guard let last = core.last else { return false }
        return ".!?:".contains(last)
    }

    /// Starts with a capital letter or a digit: a new sentence, unless the word is an acronym.
    static func startsCapitalized(_ text: String) -> Bool {
        guard let first = text.first(where: { $0.isLetterFast || $0.isNumberFast }) else { return false }
        return first.isUppercase || first.isNumberFast
    }

    /// Starts like a list item without its bullet: lower case, or a word that is capitalized anyway
    /// (an acronym such as "ALS-teamet", "NAV").
    static func startsLikeItem(_ text: String) -> Bool {
        guard let first = text.first(where: { $0.isLetterFast || $0.isNumberFast }) else { return false }
        if first.isLowercase { return true }
        let word = firstWord(text).prefix { $0.isLetterFast }
        return word.count >= 2 && word.prefix(2).allSatisfy(\.isUppercase)
    }

    /// The line ends on a word or mark that cannot close a sentence ("og", "for å", ",", "helse-").
    static func endsWithContinuation(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        if ",;–-(/&".contains(last) { return true }
        return PDFWordLists.isConnective(lastWord(text))
    }

    /// The line starts with a connective in lower case or with punctuation: it continues the one before.
    static func startsWithContinuation(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if ",.;:)".contains(first) { return true }
        let word = firstWord(text).pdfTrimmingTrailing { ",.;:".contains($0) }
        return first.isLowercase && PDFWordLists.lineStartConnectives.contains(word)
    }
}

extension StringProtocol {
    func pdfTrimmingTrailing(while predicate: (Character) -> Bool) -> String {
        var s = String(self)
        while let last = s.last, predicate(last) { s.removeLast() }
        return s
    }
}
