import Foundation

/// A page that only lists other documents (a theme page, a search result, a "see also" page): its
/// lines are titles of documents, many carrying a link's site ("(regjeringen.no)") or a year
/// ("(2020)"), between category labels ("Rundskriv", "Kapittel", "PDF"), and hardly a sentence.
/// None of it is advice, and its link titles would answer searches for the documents they name, so
/// the reader indexes no text of it. Judged by shape alone.
enum WebNavigationPage {
    static func matches(_ lines: [WebPageLine], categoryLabels: Int) -> Bool {
        let texts = lines.map { $0.bulletText ?? $0.text }.filter { !$0.isEmpty }
        guard texts.count >= 5 else { return false }
        let sentences = texts.filter(isSentence).count
        let marked = texts.filter(isMarkedTitle).count
        let short = texts.filter { WebText.words($0).count <= 25 }.count
        return sentences * 10 <= texts.count && short == texts.count && (marked + categoryLabels) * 10 >= texts.count * 3
    }

    /// Running text: a sentence ends inside the line, or it ends like one after a few words.
    private static func isSentence(_ text: String) -> Bool {
        if WebText.hasSentenceBreak(text) { return true }
        guard let last = text.last, ".:!?".contains(last) else { return false }
        return WebText.words(text).count >= 5
    }

    /// A document title as a link list shows it: with the linked site, or the year it was written.
    private static func isMarkedTitle(_ text: String) -> Bool {
        WebText.isLinkText(text) || text.utf8.last == UInt8(ascii: ")") && text.firstRange(ofPattern: #"\((19|20)\d{2}\)$"#) != nil
    }
}
