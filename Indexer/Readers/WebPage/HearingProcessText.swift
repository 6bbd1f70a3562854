import Foundation

/// What a hearing page says about the hearing itself rather than about health care: who is asked
/// for comments and how ("Gi innspill på om:", "Høringssvar merkes med saksnummer …"), that the
/// draft was taken down, and the lone labels of its documents ("Høringsbrev"). The status and
/// deadline are read elsewhere (`HearingStatusLine`, `HearingBanner`); this text is dropped, since
/// a search for advice should never land on it. Judged by the site's hearing vocabulary and shape,
/// only on a page known to be a hearing.
enum HearingProcessText {
    /// Words that alone make a sentence about the hearing process.
    private static let hearingWords = ["høring", "questback", "saksnummer", "postmottak", "avpublisert"]
    /// Words that do so when the directorate or the reader is addressed ("Helsedirektoratet ønsker
    /// tilbakemelding …", "Gi innspill på om:"); "Legen bør gi tilbakemelding til fastlegen" is advice.
    private static let responseWords = ["innspill", "tilbakemelding"]
    private static let addressed = #"^gi |(^|[^\p{L}])(helsedirektoratet|vi|du|dere)([^\p{L}]|$)"#

    /// The content lines without the hearing's process text. A lead-in about the process ("Gi innspill
    /// på om:") takes the bullets under it along.
    static func removed(from lines: [WebPageLine]) -> [WebPageLine] {
        var kept: [WebPageLine] = []
        var droppingItems = false
        for line in lines {
            if droppingItems, line.isBullet { continue }
            droppingItems = false
            if isDocumentLabel(line.text) { continue }
            if isProcessText(line.bulletText ?? line.text) {
                droppingItems = line.text.hasSuffix(":")
                continue
            }
            kept.append(line)
        }
        return kept
    }

    /// "Høringsbrev", "Høringsinnspill", "Høringsutkast": a label of one to three words led by a
    /// hearing word, no sentence.
    static func isDocumentLabel(_ text: String) -> Bool {
        // Punctuation first: it ends the test of a sentence early, where the words would be split in full.
        guard !text.contains(where: WebText.closingPunctuation.contains) else { return false }
        let words = WebText.words(text)
        guard (1...3).contains(words.count) else { return false }
        return words[0].lowercasedFast.hasPrefix("hørings")
    }

    /// Every sentence of the line speaks of the hearing process.
    static func isProcessText(_ text: String) -> Bool {
        // Every sentence needs one of the words, so a line holding none is not lowered and split.
        let lower = text.lowercasedFast
        guard (hearingWords + responseWords).contains(where: { ByteSearch.holds(lower, $0) }) else { return false }
        let sentences = lower.split { ".!?".contains($0) }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { WebText.words($0).count >= 2 }
        guard !sentences.isEmpty, sentences.count <= 4 else { return false }
        return sentences.allSatisfy { sentence in
            hearingWords.contains(where: sentence.contains)
                || responseWords.contains(where: sentence.contains) && sentence.firstRange(ofPattern: addressed) != nil
        }
    }
}
