/// A reference read from the text: act (index in `ActRegistry.table`), section, part, and where.
struct TextCitation: Equatable {
    let act: Int
    let section: String?
    let part: String?
    /// Offset in the `LegalText`.
    let offset: Int
    /// Start of the act mention right before the citation ("helsepersonelloven" in "helsepersonelloven § 10a"),
    /// when the act was named there rather than found by looking back.
    let namedAt: Int?
}

/// Gives each "§ …" / "kapittel …" of a text to the act it belongs to, or to none.
///
/// In order of preference, a locus belongs to:
/// 1. the act named right before it ("helsepersonelloven § 10a", "hpl. § 10a", "forskrift om X § 9",
///    "Pasient- og brukerrettighetsloven kapittel 3"), only spaces or a comma between;
/// 2. the act named right after "i" ("§ 7 i forskriften", "kapittel 3 i pasientrettighetsloven");
/// 3. for a section only: the act of the nearest earlier citation or name in the same sentence, at
///    most `continuationReach` characters back ("helsepersonelloven § 10a og § 10b").
/// "loven"/"lovens"/"forskriften" stand for the last act of that kind named (at most
/// `backReferenceReach` characters back). An act the registry does not know ("opplæringslova § 5")
/// takes its sections with it: they are dropped, never given to another act. Anything else is
/// left alone — a bare "§ 12" is not guessed.
enum LegalTextScanner {
    static let continuationReach = 150
    static let backReferenceReach = 1000

    private enum Attribution {
        case act(Int)
        /// Belongs to an act we cannot name.
        case blocked
        case none

        var act: Int? {
            if case .act(let a) = self { a } else { nil }
        }
    }

    static func citations(in text: LegalText, mentions: [ActMention]) -> [TextCitation] {
        var anchors: [(end: Int, attribution: Attribution)] = []
        var out: [TextCitation] = []
        for locus in CitationLocusFinder.loci(in: text.lower) {
            let (attribution, namedAt) = attribute(locus, in: text, mentions: mentions, anchors: anchors)
            anchors.append((locus.range.upperBound, attribution))
            guard let act = attribution.act else { continue }
            let start = locus.range.lowerBound
            if locus.isChapter {
                out.append(TextCitation(act: act, section: nil, part: locus.part, offset: start, namedAt: namedAt))
            } else {
                let part = locus.sections.count == 1 ? locus.part : nil
                out += locus.sections.map { TextCitation(act: act, section: $0, part: part, offset: start, namedAt: namedAt) }
            }
        }
        return out
    }

    private static func attribute(_ locus: CitationLocus, in text: LegalText, mentions: [ActMention],
                                  anchors: [(end: Int, attribution: Attribution)]) -> (Attribution, namedAt: Int?) {
        let start = locus.range.lowerBound
        let lower = text.lower
        // 1. Named right before.
        if let m = mentions.last(where: { $0.range.upperBound <= start }) {
            let gapAllowed: Set<Character> = isAbbreviation(m) ? [" ", ",", "."] : [" ", ","]
            if lower[m.range.upperBound..<start].allSatisfy({ gapAllowed.contains($0) }) {
                return (resolve(m, mentions: mentions), m.range.lowerBound)
            }
        }
        // 2. "… i <act>".
        var i = CitationLocusFinder.skipSpaces(lower, locus.range.upperBound)
        if CitationLocusFinder.hasWord(lower, "i", at: i) {
            i = CitationLocusFinder.skipSpaces(lower, i + 1)
            if let m = mentions.first(where: { $0.range.lowerBound == i }) {
                return (resolve(m, mentions: mentions), m.range.lowerBound)
            }
        }
        // 3. Same sentence, close before (sections only: "kapittel 3" alone may be the guideline's own).
        guard !locus.isChapter else { return (.none, nil) }
        let mention = mentions.last { $0.range.upperBound <= start && !isTitlePhrase($0) }
        let anchor = anchors.last
        let candidates: [(end: Int, attribution: () -> Attribution)] = [
            mention.map { m in (m.range.upperBound, { resolve(m, mentions: mentions) }) },
            anchor.map { a in (a.end, { a.attribution }) },
        ].compactMap { $0 }
        guard let nearest = candidates.max(by: { $0.end < $1.end }),
              start - nearest.end <= continuationReach,
              !text.hasSentenceEnd(in: nearest.end..<start) else { return (.none, nil) }
        return (nearest.attribution(), nil)
    }

    /// The act a mention stands for.
    private static func resolve(_ mention: ActMention, mentions: [ActMention]) -> Attribution {
        switch mention.kind {
        case .named(let act, _):
            return .act(act)
        case .unknown:
            return .blocked
        case .backReference(let kind):
            return lastNamed(kind, before: mention.range.lowerBound, mentions: mentions)
        }
    }

    /// "Lovens § 4-6": the last act of this kind named before `offset`, unless an unknown one came later.
    private static func lastNamed(_ kind: LegalAct.Kind, before offset: Int, mentions: [ActMention]) -> Attribution {
        for m in mentions.reversed() where m.range.upperBound <= offset {
            guard offset - m.range.lowerBound <= backReferenceReach else { return .none }
            switch m.kind {
            case .named(let act, _) where ActRegistry.table[act].kind == kind:
                return .act(act)
            case .unknown(let k) where k == kind:
                return .blocked
            default:
                continue
            }
        }
        return .none
    }

    private static func isAbbreviation(_ m: ActMention) -> Bool {
        if case .named(_, .abbreviation) = m.kind { true } else { false }
    }

    private static func isTitlePhrase(_ m: ActMention) -> Bool {
        if case .named(_, .titlePhrase) = m.kind { true } else { false }
    }
}
