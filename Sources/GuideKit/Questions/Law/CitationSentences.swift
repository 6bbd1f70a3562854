/// Finds the sentences of a part that mention a cited provision, for `guide law`: the section in
/// any written form ("§ 10a", "§10 a", "§§ 10a og 10b", "§ 3.3"), the act under any of its names
/// (the index's copy of the registry's forms), a chapter ("kapittel 3").
///
/// A sentence naming the act and the section beats one with the section alone ("Lovens § 4-6"),
/// which beats one naming the act alone (a section read from a link); without a section, a
/// sentence must name the act. Like the registry, names may stand glued to
/// the word before (as PDF text leaves them) but must end a word, and abbreviations count only
/// right before "§" ("hpl. § 10a"), since "Hol" is also a place.
struct CitationSentences {
    /// A sentence (or an excerpt of a long one) with the act's names and the section marked.
    struct Found {
        let snippet: Snippet
        /// Where the sentence starts in the text, in characters, for reading order.
        let offset: Int
    }

    static let maximumLength = 300

    private let names: [[Character]]
    private let abbreviations: [[Character]]

    /// Name forms and abbreviations as the index stores them (lower case).
    init(names: [String], abbreviations: [String]) {
        self.names = names.filter { !$0.isEmpty }.map(Array.init)
        self.abbreviations = abbreviations.filter { !$0.isEmpty }.map(Array.init)
    }

    /// The best sentences of `text` for a reference to `section` (or to `part`, or to the whole act
    /// when both are nil); empty when none mentions it.
    func sentences(in text: String, section: String?, part: String?) -> [Found] {
        let chars = Array(text)
        let lower = chars.map(Self.lowercased)
        var scored: [(range: Range<Int>, marks: [Range<Int>], score: Int)] = []
        for sentence in Self.sentences(chars) {
            let actMarks = actMentions(lower, in: sentence)
            if let section {
                let sectionMarks = Self.sections(lower, in: sentence).filter { $0.section == section }.map(\.range)
                if !sectionMarks.isEmpty {
                    scored.append((sentence, actMarks + sectionMarks, actMarks.isEmpty ? 2 : 3))
                } else if !actMarks.isEmpty {
                    // A section read from a link: the text names the act without it.
                    scored.append((sentence, actMarks, 1))
                }
            } else if !actMarks.isEmpty {
                let partMarks = part.map { Self.occurrences(of: Array($0), in: lower, within: sentence) } ?? []
                scored.append((sentence, actMarks + partMarks, partMarks.isEmpty ? 1 : 2))
            }
        }
        let best = scored.map(\.score).max() ?? 0
        return scored.filter { $0.score == best }.map {
            Found(snippet: Self.excerpt(chars, $0.range, marks: $0.marks), offset: $0.range.lowerBound)
        }
    }

    /// The first sentence of a text, shortened: what is shown when no sentence names the provision.
    static func opening(of text: String) -> Found? {
        let chars = Array(text)
        return sentences(chars).first.map { Found(snippet: excerpt(chars, $0, marks: []), offset: $0.lowerBound) }
    }

    // MARK: - Sentences

    /// Lines, cut again after ".", "!" or "?" followed by a space and a capital (`SentenceSplitter`).
    static func sentences(_ chars: [Character]) -> [Range<Int>] {
        SentenceSplitter.sentences(chars)
    }

    // MARK: - Mentions

    /// Where the act is named in a sentence.
    private func actMentions(_ lower: [Character], in range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for name in names {
            out += Self.occurrences(of: name, in: lower, within: range).filter { !Self.isLetter(lower, $0.upperBound) }
        }
        for abbreviation in abbreviations {
            out += Self.occurrences(of: abbreviation, in: lower, within: range).filter {
                !Self.isLetter(lower, $0.lowerBound - 1) && !Self.isLetter(lower, $0.upperBound)
                    && ActName.sectionSignFollows(lower, at: $0.upperBound)
            }
        }
        return out
    }

    /// Every section number cited in a sentence, with the place to mark: "§ 10a" from the sign, a
    /// further number of a list ("§§ 10a og 10b", "§ 3-3, 4-6") alone.
    static func sections(_ lower: [Character], in range: Range<Int>) -> [(section: String, range: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard lower[i] == "§" else { i += 1; continue }
            var markStart = i
            i = skip(lower, from: i, while: { $0 == "§" || $0.isWhitespace }, limit: range.upperBound)
            while let (section, end) = SectionNumber.parse(lower, at: i), end <= range.upperBound {
                out.append((section, markStart..<end))
                i = end
                var next = skip(lower, from: end, while: { $0 == "," || $0.isWhitespace }, limit: range.upperBound)
                for word in ["og", "eller", "til"] where hasWord(lower, word, at: next) {
                    next = skip(lower, from: next + word.count, while: \.isWhitespace, limit: range.upperBound)
                }
                guard next < range.upperBound, lower[next].isASCII, lower[next].isNumber else { break }
                i = next
                markStart = next
            }
        }
        return out
    }

    static func occurrences(of needle: [Character], in lower: [Character], within range: Range<Int>) -> [Range<Int>] {
        guard !needle.isEmpty, range.count >= needle.count else { return [] }
        var out: [Range<Int>] = []
        for start in range.lowerBound...(range.upperBound - needle.count)
        where lower[start] == needle[0] && lower[start..<(start + needle.count)].elementsEqual(needle) {
            out.append(start..<(start + needle.count))
        }
        return out
    }

    // MARK: - Excerpts

    /// The sentence as a snippet; one longer than `maximumLength` is cut to a window around its
    /// first mark, with "…" where text was left out.
    static func excerpt(_ chars: [Character], _ sentence: Range<Int>, marks: [Range<Int>]) -> Snippet {
        var start = sentence.lowerBound, end = sentence.upperBound
        if sentence.count > maximumLength {
            let first = marks.map(\.lowerBound).min() ?? sentence.lowerBound
            start = max(sentence.lowerBound, first - maximumLength / 3)
            if start > sentence.lowerBound, let space = chars[start..<first].firstIndex(of: " ") { start = space + 1 }
            end = min(sentence.upperBound, start + maximumLength)
            if end < sentence.upperBound, let space = chars[start..<end].lastIndex(of: " "), space > first { end = space }
        }
        let prefix = start > sentence.lowerBound ? "…" : ""
        let suffix = end < sentence.upperBound ? "…" : ""
        let shown = Array(chars[start..<end])
        // Highlight bounds count Unicode scalars (see `Snippet`).
        var scalarOffset = [Int](repeating: 0, count: shown.count + 1)
        for (k, c) in shown.enumerated() { scalarOffset[k + 1] = scalarOffset[k] + c.unicodeScalars.count }
        let base = prefix.unicodeScalars.count
        let highlights = merged(in: shown, marks.compactMap { mark -> Range<Int>? in
            let a = max(mark.lowerBound, start), b = min(mark.upperBound, end)
            return a < b ? (a - start)..<(b - start) : nil
        }).map { Snippet.Highlight(start: base + scalarOffset[$0.lowerBound], end: base + scalarOffset[$0.upperBound]) }
        return Snippet(text: prefix + String(shown) + suffix, highlights: highlights)
    }

    /// Sorted; ranges that overlap or stand only spaces apart ("helsepersonelloven § 10a") joined.
    private static func merged(in chars: [Character], _ ranges: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = out.last,
               r.lowerBound <= last.upperBound || chars[last.upperBound..<r.lowerBound].allSatisfy({ $0 == " " }) {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    // MARK: - Characters

    /// Lower case, one character for one (so offsets stay those of the text).
    private static func lowercased(_ c: Character) -> Character {
        let lower = c.lowercased()
        return lower.count == 1 ? Character(lower) : c
    }

    private static func isLetter(_ chars: [Character], _ index: Int) -> Bool {
        chars.indices.contains(index) && chars[index].isLetter
    }

    private static func hasWord(_ chars: [Character], _ word: String, at index: Int) -> Bool {
        let w = Array(word)
        guard index + w.count <= chars.count, chars[index..<(index + w.count)].elementsEqual(w) else { return false }
        return !isLetter(chars, index + w.count)
    }

    private static func skip(_ chars: [Character], from start: Int, while keep: (Character) -> Bool, limit: Int) -> Int {
        var i = start
        while i < limit, keep(chars[i]) { i += 1 }
        return i
    }
}
