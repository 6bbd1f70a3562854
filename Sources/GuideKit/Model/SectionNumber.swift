/// Section numbers of Norwegian acts as they are cited: "§ 10a", "§ 2-5a", "§ 24". Shared by the
/// indexer (reading texts and links) and queries (`guide law hpl 10 a`), so both write them alike.
///
/// Written forms vary: "§10b", "§ 10 a", "§ 3.3" (a dot between the numbers stands for the hyphen),
/// "§ 2–5a" (dash), "§\n 11" (the number on the next line). All become "§ <n>[-<n>][letter]".
public enum SectionNumber {
    /// "§ 10a" for any written form of one section number ("10 a", "§3.3", "§ 2–5a"); nil when
    /// the text holds no section number, or more than one.
    public static func normalize(_ written: String) -> String? {
        let chars = Array(written.lowercased())
        var i = 0
        while i < chars.count, chars[i] == "§" || chars[i].isWhitespace { i += 1 }
        guard let parsed = parse(chars, at: i) else { return nil }
        var rest = parsed.end
        while rest < chars.count, chars[rest].isWhitespace || chars[rest] == "." { rest += 1 }
        return rest == chars.count ? parsed.section : nil
    }

    /// Reads one section number starting at `start` (after "§" and spaces).
    /// Returns the normalized "§ …" form and the index just past the number.
    public static func parse(_ chars: [Character], at start: Int) -> (section: String, end: Int)? {
        guard let (major, afterMajor) = digits(chars, at: start) else { return nil }
        var number = major
        var end = afterMajor
        // "2-5", "2–5", "3.3": a second number joined by a hyphen, a dash or a dot.
        if end < chars.count, isJoiner(chars[end]), let (minor, afterMinor) = digits(chars, at: end + 1) {
            number += "-" + minor
            end = afterMinor
        }
        if let (letter, afterLetter) = letterSuffix(chars, at: end) {
            number.append(letter)
            end = afterLetter
        }
        return ("§ " + number, end)
    }

    // MARK: - Pieces

    /// One to three digits, not followed by a further digit.
    private static func digits(_ chars: [Character], at start: Int) -> (String, Int)? {
        var i = start
        var out = ""
        while i < chars.count, let d = chars[i].asciiDigit {
            out.append(d)
            i += 1
        }
        guard (1...3).contains(out.count) else { return nil }
        return (out, i)
    }

    private static func isJoiner(_ c: Character) -> Bool {
        c == "-" || c == "." || c == "–" || c == "‑" || c == "‐"
    }

    /// "10a" (the letter glued on), or "10 a" (one space, letters a–h only, so that "§ 10 i loven"
    /// does not read as "§ 10i"). The letter must end the word.
    private static func letterSuffix(_ chars: [Character], at start: Int) -> (Character, Int)? {
        var i = start
        var spaced = false
        if i < chars.count, chars[i] == " " {
            spaced = true
            i += 1
        }
        guard i < chars.count, let letter = chars[i].lowercased().first, letter.isASCII, letter.isLetter else { return nil }
        if spaced, !("a"..."h").contains(letter) { return nil }
        let next = i + 1
        if next < chars.count, chars[next].isLetter || chars[next].isNumber { return nil }
        return (letter, next)
    }
}

private extension Character {
    /// The character itself when it is an ASCII digit 0–9.
    var asciiDigit: Character? {
        isASCII && isNumber ? self : nil
    }
}
