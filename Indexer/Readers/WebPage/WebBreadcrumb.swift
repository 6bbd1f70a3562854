import Foundation

/// The breadcrumb a saved page starts with, its items glued into one line:
/// "Forsiden" + guideline title + an optional status word + the chapter title(s), e.g.
/// "ForsidenRetningslinje for x HØRINGSUTKASTKapittel y".
struct WebBreadcrumb: Sendable {
    var guidelineTitle: String?
    /// The nearest enclosing part (the chapter), when the breadcrumb names one.
    var chapterTitle: String?
    var isHearingDraft: Bool
    let line: Int

    static let homeWords = ["Forsiden", "Forside", "Hjem"]

    /// Status words the site shows as a tag after the guideline title (upper case on the page).
    static let statusWords: [(word: String, hearing: Bool)] = [
        ("HØRINGSUTKAST", true), ("HØRING", true), ("UTKAST", true), ("UNDER REVISJON", false), ("ARKIVERT", false),
        ("UTGÅTT", false),
    ]

    /// True when the line is a breadcrumb ("Forsiden…", "Forsiden › …").
    static func starts(_ text: String) -> Bool {
        homeWords.contains { home in
            guard text.hasPrefix(home) else { return false }
            let rest = text.dropFirst(home.count)
            guard let next = rest.first else { return true }
            // "Forside Symptomer og tilstander Smerte": items parted by spaces, no sentence.
            let spaced = next == " " && rest.dropFirst().first?.isUppercase == true
                && !text.contains(where: WebText.closingPunctuation.contains) && WebText.words(text).count <= 12
            return next.isUppercase || "›>/»|".contains(next) || spaced
                || next == " " && rest.dropFirst().first.map { "›>/»|".contains($0) } == true
        }
    }

    /// Splits the breadcrumb line; `pageTitle` (the line after it) helps when the items are not
    /// separable otherwise.
    static func parse(_ text: String, line: Int, pageTitle: String?) -> WebBreadcrumb {
        var rest = text
        for home in homeWords where rest.hasPrefix(home) {
            rest = String(rest.dropFirst(home.count))
            break
        }
        var hearing = false
        var pieces: [String] = []
        // Explicit separators first, then the status word, then glued item boundaries.
        for part in rest.split(whereSeparator: { "›>»|".contains($0) }) {
            var chunk = String(part)
            for status in statusWords {
                guard let range = chunk.range(of: status.word) else { continue }
                let before = chunk[..<range.lowerBound]
                let after = chunk[range.upperBound...]
                // A status word stands apart from the words before it and is not part of a longer word.
                let standsAlone = (before.isEmpty || before.last == " ")
                    && (after.isEmpty || after.first == " " || (after.first?.isUppercase == true && after.dropFirst().first?.isLowercase == true))
                guard standsAlone else { continue }
                hearing = hearing || status.hearing
                pieces += gluedItems(String(before))
                chunk = String(after)
                break
            }
            pieces += gluedItems(chunk)
        }
        pieces = pieces.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let title = pageTitle, pieces.count > 2, pieces.last?.lowercasedFast == title.lowercasedFast {
            pieces.removeLast()
        }
        if pieces.count == 1, let title = pageTitle, let only = pieces.first, only.count > title.count,
           only.lowercasedFast.hasSuffix(title.lowercasedFast) {
            let cut = only.index(only.endIndex, offsetBy: -title.count)
            pieces = [String(only[..<cut]).trimmingCharacters(in: .whitespaces), String(only[cut...])]
        }
        return WebBreadcrumb(guidelineTitle: pieces.first, chapterTitle: pieces.count > 1 ? pieces.last : nil,
                             isHearingDraft: hearing, line: line)
    }

    /// Splits items glued without a space: a lower-case letter, digit or closing bracket followed by
    /// a capitalized word ("forløpBehov"), or an upper-case run followed by one ("ADHDBehandling").
    /// A word of fewer than three letters is not split ("McDonald") unless it is a lower-case word
    /// ("5–20 årHelseundersøkelse").
    static func gluedItems(_ text: String) -> [String] {
        let chars = Array(text)
        var items: [String] = []
        var current = ""
        var wordLength = 0
        var wordIsLower = false
        for (i, ch) in chars.enumerated() {
            let next = i + 1 < chars.count ? chars[i + 1] : nil
            if i > 0, wordLength >= 3 || (wordLength == 2 && wordIsLower), ch.isUppercase, next?.isLowercase == true {
                let prev = chars[i - 1]
                if prev.isLowercase || prev.isNumber || prev == ")" || prev.isUppercase {
                    items.append(current)
                    current = ""
                    wordLength = 0
                }
            }
            current.append(ch)
            if wordLength == 0 { wordIsLower = ch.isLowercase }
            wordLength = ch == " " ? 0 : wordLength + 1
        }
        items.append(current)
        return items
    }
}
