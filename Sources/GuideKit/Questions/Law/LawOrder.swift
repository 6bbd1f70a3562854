/// Which cited provisions a law query covers, and the order they are listed in.
enum LawOrder {
    /// Whether a reference to (`section`, `part`) falls within what was asked: a section ("§ 10a"),
    /// a chapter ("3": "kapittel 3" itself and its sections "§ 3-1", "§ 3-3"), or the whole act.
    static func matches(section: String?, part: String?, wanted: String?, chapterNumber: String?) -> Bool {
        if let wanted { return section == wanted }
        if let chapterNumber {
            if let section { return section.hasPrefix("§ \(chapterNumber)-") }
            return part == "kapittel \(chapterNumber)"
        }
        return true
    }

    /// Most cited first; then sections, numbers compared as numbers ("§ 4", "§ 10a", "§ 10b",
    /// "§ 12-5"), then chapters and other parts, then the act named as a whole.
    static func provisionPrecedes(_ a: CitedProvision, _ b: CitedProvision) -> Bool {
        if a.count != b.count { return a.count > b.count }
        let ka = key(a), kb = key(b)
        if ka.group != kb.group { return ka.group < kb.group }
        if ka.numbers != kb.numbers { return ka.numbers.lexicographicallyPrecedes(kb.numbers) }
        return (ka.rest, a.part ?? "") < (kb.rest, b.part ?? "")
    }

    /// Group (0 section, 1 part only, 2 whole act), the section's numbers, and its letter.
    private static func key(_ p: CitedProvision) -> (group: Int, numbers: [Int], rest: String) {
        guard let section = p.section else {
            let chapter = p.part.flatMap { $0.hasPrefix("kapittel ") ? Int($0.dropFirst("kapittel ".count)) : nil }
            return (p.part == nil ? 2 : 1, chapter.map { [$0] } ?? [], p.part ?? "")
        }
        var numbers: [Int] = []
        var digits = ""
        var letters = ""
        for c in section where c != "§" && c != " " {
            if c.isASCII && c.isNumber {
                digits.append(c)
            } else {
                if let n = Int(digits) { numbers.append(n) }
                digits = ""
                if c != "-" { letters.append(c) }
            }
        }
        if let n = Int(digits) { numbers.append(n) }
        return (0, numbers, letters)
    }
}
