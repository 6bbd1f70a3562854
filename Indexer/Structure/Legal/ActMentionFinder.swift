import GuideKit

/// A place where a text names an act, refers back to one ("lovens"), or names one the registry
/// does not know (which must stop a later "§" from being given to an earlier act).
struct ActMention {
    enum Kind {
        /// A known act (index in `ActRegistry.table`), found under a form of this kind.
        case named(act: Int, form: ActNameForm.Kind)
        /// "loven", "lovens", "forskriften", "forskriftens": the last act of that kind named.
        case backReference(LegalAct.Kind)
        /// "opplæringslova", "lov om barnehager": an act that is not in the registry.
        case unknown(LegalAct.Kind)
    }

    let range: Range<Int>
    let kind: Kind

    /// The known act, for a `named` mention.
    var act: Int? {
        if case .named(let act, _) = kind { act } else { nil }
    }
}

/// Finds act mentions in a `LegalText`: every registry form, leftmost-longest, without overlaps.
///
/// Names are found even glued to the word before ("ellerspesialisthelsetjenesteloven", as PDF text
/// leaves them) but must end at a word end; abbreviations and back references must be whole words,
/// and abbreviations count only right before "§" ("hpl. § 10a").
enum ActMentionFinder {
    static func mentions(in text: LegalText) -> [ActMention] {
        let kept = leftmostLongest(registryCandidates(in: text.lower))
        var covered = Array(repeating: false, count: text.lower.count)
        for m in kept { for i in m.range { covered[i] = true } }
        let others = wordMentions(in: text.lower, skipping: covered)
        return (kept + others).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: - Registry forms

    private static func registryCandidates(in lower: [Character]) -> [ActMention] {
        var out: [ActMention] = []
        for start in lower.indices {
            let forms = lower[start].asciiValue.map { formsByASCII[Int($0)] } ?? formsByFirstCharacter[lower[start]] ?? []
            for form in forms {
                let f = form.characters
                let end = start + f.count
                // The second character first: most forms differ there, and the generic comparison is slow.
                guard end <= lower.count, f.count < 2 || lower[start + 1] == f[1],
                      lower[start..<end].elementsEqual(f), !isLetter(lower, end) else { continue }
                if form.kind == .abbreviation {
                    guard !isLetter(lower, start - 1), !isDigit(lower, start - 1),
                          ActName.sectionSignFollows(lower, at: end) else { continue }
                }
                out.append(ActMention(range: start..<end, kind: .named(act: form.act, form: form.kind)))
            }
        }
        return out
    }

    private static let formsByFirstCharacter: [Character: [ActNameForm]] =
        Dictionary(grouping: ActNameForms.all.filter { !$0.characters.isEmpty }) { $0.characters[0] }

    /// The same, for a single-byte first character, by index: hashing a `Character` for every
    /// character of every article was most of the time spent finding mentions.
    private static let formsByASCII: [[ActNameForm]] = (0..<128).map { byte in
        formsByFirstCharacter.first { $0.key.asciiValue == UInt8(byte) }?.value ?? []
    }

    /// Earliest start first, the longer of two at the same start; drops whatever overlaps a kept one.
    private static func leftmostLongest(_ candidates: [ActMention]) -> [ActMention] {
        let sorted = candidates.sorted {
            ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
        }
        var kept: [ActMention] = []
        for c in sorted where kept.last.map({ $0.range.upperBound <= c.range.lowerBound }) ?? true {
            kept.append(c)
        }
        return kept
    }

    // MARK: - Back references and unknown acts

    private static let backReferences: [String: LegalAct.Kind] = [
        "loven": .law, "lovens": .law, "lova": .law, "lovas": .law,
        "forskriften": .regulation, "forskriftens": .regulation, "forskrifta": .regulation,
    ]

    private static func wordMentions(in lower: [Character], skipping covered: [Bool]) -> [ActMention] {
        var out: [ActMention] = []
        var i = 0
        while i < lower.count {
            guard lower[i].isLetterFast else { i += 1; continue }
            var end = i
            while end < lower.count, lower[end].isLetterFast { end += 1 }
            defer { i = end }
            guard !covered[i..<end].contains(true), endsLikeAnAct(lower[i..<end]) else { continue }
            let word = String(lower[i..<end])
            if let kind = backReferences[word] {
                out.append(ActMention(range: i..<end, kind: .backReference(kind)))
            } else if let kind = unknownActKind(word: word, followedBy: lower, at: end) {
                out.append(ActMention(range: i..<end, kind: .unknown(kind)))
            }
        }
        return out
    }

    /// Every back reference and unknown act ends so ("loven", "lova", "lov om", "forskriftens");
    /// asked of the characters first, so that only these words are made into strings.
    private static let actEndings: [[Character]] = ["lov", "lova", "lovas", "loven", "lovens", "forskrift", "forskrifta",
                                                    "forskriften", "forskriftens"].map(Array.init)

    private static func endsLikeAnAct(_ word: ArraySlice<Character>) -> Bool {
        actEndings.contains { ending in
            word.count >= ending.count && word.suffix(ending.count).elementsEqual(ending)
        }
    }

    /// A compound ending like an act's name ("opplæringslova", "barnehageloven"), or "lov om"/
    /// "forskrift om" followed by a word, that no registry form covered.
    private static func unknownActKind(word: String, followedBy lower: [Character], at end: Int) -> LegalAct.Kind? {
        if word.count >= 7 {
            for suffix in ["loven", "lovens", "lova", "lovas"] where word.hasSuffix(suffix) { return .law }
            for suffix in ["forskriften", "forskriftens", "forskrifta"] where word.hasSuffix(suffix) { return .regulation }
        }
        guard word == "lov" || word == "forskrift" else { return nil }
        let rest = Array(lower[end..<min(lower.count, end + 5)])
        guard rest.count == 5, rest[0] == " ", rest[1] == "o", rest[2] == "m", rest[3] == " ", rest[4].isLetterFast else { return nil }
        return word == "lov" ? .law : .regulation
    }

    // MARK: - Characters

    static func isLetter(_ chars: [Character], _ index: Int) -> Bool {
        chars.indices.contains(index) && chars[index].isLetterFast
    }

    static func isDigit(_ chars: [Character], _ index: Int) -> Bool {
        chars.indices.contains(index) && chars[index].isNumberFast
    }
}
