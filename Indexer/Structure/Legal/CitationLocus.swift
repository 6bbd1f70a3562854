import GuideKit

/// A cited place inside some act, before we know which act: "§ 10a", "§§ 10a og 10b",
/// "§ 6, bokstav g", "kapittel 3".
struct CitationLocus {
    let range: Range<Int>
    /// Normalized sections, "§ 10a"; empty for a chapter.
    let sections: [String]
    /// "bokstav g", "første ledd", "kapittel 3".
    let part: String?

    var isChapter: Bool { sections.isEmpty }
}

/// Finds citation loci in lower-case text.
enum CitationLocusFinder {
    static func loci(in lower: [Character]) -> [CitationLocus] {
        var out: [CitationLocus] = []
        var i = 0
        while i < lower.count {
            if lower[i] == "§", i == 0 || lower[i - 1] != "/", let locus = sectionLocus(lower, at: i) {
                // ("/§10a" is part of an address written out in the text, not a citation.)
                out.append(locus)
                i = locus.range.upperBound
            } else if let locus = chapterLocus(lower, at: i) {
                out.append(locus)
                i = locus.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: - "§ 10a", "§§ 10a og 10b"

    private static func sectionLocus(_ lower: [Character], at start: Int) -> CitationLocus? {
        var i = start
        while i < lower.count, lower[i] == "§" { i += 1 }
        let isList = i - start > 1
        i = skipSpaces(lower, i)
        guard let (first, afterFirst) = SectionNumber.parse(lower, at: i) else { return nil }
        var sections = [first]
        var end = afterFirst
        if isList {
            // "§§ 10a og 10b", "§§ 3-1, 3-2 og 3-3", "§§ 10a og § 10b".
            while let (next, afterNext) = listedSection(lower, at: end) {
                sections.append(next)
                end = afterNext
            }
        }
        if !isList, let (part, afterPart) = part(lower, at: end) {
            return CitationLocus(range: start..<afterPart, sections: sections, part: part)
        }
        return CitationLocus(range: start..<end, sections: sections, part: nil)
    }

    private static func listedSection(_ lower: [Character], at start: Int) -> (String, Int)? {
        var i = start
        var joined = false
        if i < lower.count, lower[i] == "," {
            joined = true
            i += 1
        }
        i = skipSpaces(lower, i)
        for word in ["og/eller", "og", "eller", "til"] where hasWord(lower, word, at: i) {
            joined = true
            i = skipSpaces(lower, i + word.count)
            break
        }
        while i < lower.count, lower[i] == "§" { i += 1 }
        i = skipSpaces(lower, i)
        guard joined, let (section, end) = SectionNumber.parse(lower, at: i),
              !ActMentionFinder.isLetter(lower, end) else { return nil }
        return (section, end)
    }

    // MARK: - "kapittel 3", "kapittel3", "kap. 3"

    private static func chapterLocus(_ lower: [Character], at start: Int) -> CitationLocus? {
        // Both forms start with "k": asked of every character, so that is asked first.
        guard lower[start] == "k", !ActMentionFinder.isLetter(lower, start - 1) else { return nil }
        var i: Int
        if hasPrefix(lower, "kapittel", at: start) {
            i = start + "kapittel".count
        } else if hasPrefix(lower, "kap.", at: start) {
            i = start + "kap.".count
        } else {
            return nil
        }
        i = skipSpaces(lower, i)
        var number = ""
        while i < lower.count, lower[i].isASCII, lower[i].isNumberFast, number.count < 3 {
            number.append(lower[i])
            i += 1
        }
        guard !number.isEmpty, !ActMentionFinder.isDigit(lower, i) else { return nil }
        if i < lower.count, lower[i].isASCII, lower[i].isLetterFast, !ActMentionFinder.isLetter(lower, i + 1) {
            number.append(lower[i])
            i += 1
        }
        guard !ActMentionFinder.isLetter(lower, i) else { return nil }
        return CitationLocus(range: start..<i, sections: [], part: "kapittel \(number)")
    }

    // MARK: - Finer parts: "bokstav g", "første ledd", "2. ledd", "nr. 3"

    private static let ordinals = ["første", "andre", "annet", "tredje", "fjerde", "femte", "sjette", "sjuende",
                                   "syvende", "åttende", "niende", "tiende"]

    /// Reads up to three finer parts after a section ("§ 6, bokstav g", "§ 7 første ledd bokstav a").
    static func part(_ lower: [Character], at start: Int) -> (String, Int)? {
        var pieces: [String] = []
        var end = start
        var i = start
        while pieces.count < 3 {
            if i < lower.count, lower[i] == "," { i += 1 }
            i = skipSpaces(lower, i)
            guard let (piece, after) = onePart(lower, at: i) else { break }
            pieces.append(piece)
            end = after
            i = after
        }
        return pieces.isEmpty ? nil : (pieces.joined(separator: " "), end)
    }

    private static func onePart(_ lower: [Character], at i: Int) -> (String, Int)? {
        if hasWord(lower, "bokstav", at: i) {
            let j = skipSpaces(lower, i + "bokstav".count)
            guard j < lower.count, lower[j].isLetterFast, !ActMentionFinder.isLetter(lower, j + 1) else { return nil }
            return ("bokstav \(lower[j])", j + 1)
        }
        for ordinal in ordinals where hasWord(lower, ordinal, at: i) {
            let j = skipSpaces(lower, i + ordinal.count)
            guard hasWord(lower, "ledd", at: j) else { return nil }
            return ("\(ordinal) ledd", j + "ledd".count)
        }
        if hasWord(lower, "nr", at: i) {
            var j = i + "nr".count
            if j < lower.count, lower[j] == "." { j += 1 }
            j = skipSpaces(lower, j)
            let digits = lower[j...].prefix { $0.isASCII && $0.isNumberFast }
            guard !digits.isEmpty, digits.count <= 3, !ActMentionFinder.isLetter(lower, j + digits.count) else { return nil }
            return ("nr. \(String(digits))", j + digits.count)
        }
        // "2. ledd"
        let digits = lower[i...].prefix { $0.isASCII && $0.isNumberFast }
        if !digits.isEmpty, digits.count <= 2 {
            let dot = i + digits.count
            guard dot < lower.count, lower[dot] == "." else { return nil }
            let j = skipSpaces(lower, dot + 1)
            guard hasWord(lower, "ledd", at: j) else { return nil }
            return ("\(String(digits)). ledd", j + "ledd".count)
        }
        return nil
    }

    // MARK: - Characters

    static func skipSpaces(_ lower: [Character], _ start: Int) -> Int {
        var i = start
        while i < lower.count, lower[i] == " " { i += 1 }
        return i
    }

    static func hasPrefix(_ lower: [Character], _ word: String, at start: Int) -> Bool {
        let w = Array(word)
        return start >= 0 && start + w.count <= lower.count && lower[start..<start + w.count].elementsEqual(w)
    }

    /// `word` at `start`, ending at a word end ("og" in "og 10b", not in "ogsaa").
    static func hasWord(_ lower: [Character], _ word: String, at start: Int) -> Bool {
        hasPrefix(lower, word, at: start) && !ActMentionFinder.isLetter(lower, start + word.count)
    }
}
